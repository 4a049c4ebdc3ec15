import * as vscode from 'vscode';
import { AnnotationStore } from '../../core/annotations/store/store';
import { Refused, isRefused, refused, storeToWrite } from './access';
import { AnnotationService } from './annotationService';

/**
 * How a command was run: with an argument object (a script, a keybinding's `args`, the tests),
 * then it asks nothing; or from a menu, which passes the item (a tree node, the editor's URI) or
 * nothing, and then it asks for what is missing.
 */
export type Invocation = { readonly args: Record<string, unknown> } | { readonly item: unknown };

/** Tree nodes carry a `kind`; argument objects never do. */
export function invocation(value: unknown): Invocation {
  const isArgs = typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !('kind' in value);
  return isArgs ? { args: value as Record<string, unknown> } : { item: value };
}

/** Why an argument object cannot be used, in a sentence. */
export class ArgumentError extends Error {}

export function stringArg(args: Record<string, unknown>, name: string): string {
  const value = args[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ArgumentError(vscode.l10n.t('The argument needs "{0}", a string.', name));
  }
  return value;
}

export function optionalString(args: Record<string, unknown>, name: string): string | undefined {
  return args[name] === undefined ? undefined : stringArg(args, name);
}

/** A note may be empty: an empty note removes it. */
export function optionalNote(args: Record<string, unknown>): string | undefined {
  const value = args.note;
  if (value !== undefined && typeof value !== 'string') {
    throw new ArgumentError(vscode.l10n.t('"note" must be a string (Markdown).'));
  }
  return value;
}

export function optionalTags(args: Record<string, unknown>): string[] | undefined {
  const value = args.tags;
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value) || !value.every((tag): tag is string => typeof tag === 'string')) {
    throw new ArgumentError(vscode.l10n.t('"tags" must be a list of tag ids, such as ["privacy"].'));
  }
  return value;
}

export function provisionArg(args: Record<string, unknown>): number {
  const value = args.provision;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ArgumentError(vscode.l10n.t('The argument needs "provision", a provision number such as 15.'));
  }
  return value;
}

/** Runs a command's work on an argument object; an unusable argument becomes a refusal with its reason. */
export async function withArgs<T>(work: () => Promise<T>): Promise<T | Refused> {
  try {
    return await work();
  } catch (thrown) {
    if (thrown instanceof ArgumentError) {
      return refused(thrown.message);
    }
    throw thrown;
  }
}

/** The two ways a command that writes notes runs, once it has a store it may write. */
export interface WriteCommandWays<T> {
  /** With an argument object: asks nothing; an unusable argument is refused with its reason. */
  readonly withArgs: (store: AnnotationStore, args: Record<string, unknown>) => Promise<T | Refused>;
  /** From a menu (the item: a tree node, an editor's URI) or the palette: asks for what is missing; undefined when dismissed. */
  readonly withUi: (store: AnnotationStore, item: unknown) => Promise<T | Refused | undefined>;
}

/** A command that writes notes: trust and the store are settled first, then the way it was run decides. */
export function writeCommand<T>(service: AnnotationService, ways: WriteCommandWays<T>): (value?: unknown) => Promise<T | Refused | undefined> {
  return async (value) => {
    const call = invocation(value);
    const store = await storeToWrite(service);
    if (isRefused(store)) {
      return store;
    }
    return 'args' in call ? withArgs(() => ways.withArgs(store, call.args)) : ways.withUi(store, call.item);
  };
}
