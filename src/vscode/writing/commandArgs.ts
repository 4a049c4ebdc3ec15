import * as vscode from 'vscode';
import { PolicyDocument, Provision, findProvision } from '../../core/model';
import { QuoteLanguage, ReferenceFormat, SentenceSelection } from '../../core/references';
import { ActiveReferences } from './activeReferences';
import { noSuchProvision } from './messages';

/** What `insertReference` and `insertQuote` accept instead of asking. */
export interface ReferenceArgs {
  /** A document id; the library's default document when absent. */
  readonly document?: string;
  readonly provision: number;
  /** A format name; the draft's default format when absent. */
  readonly format?: string;
}

export interface QuoteArgs extends ReferenceArgs {
  readonly language?: QuoteLanguage;
  readonly sentences?: SentenceSelection;
}

export type Read<T> = { readonly args: T } | { readonly error: string };

/**
 * An argument object, or undefined when the command was run without one (from the palette or a
 * key) or with the editor's URI (from a context menu): then it asks.
 */
export function argumentObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) ? (value as Record<string, unknown>) : undefined;
}

export function readReferenceArgs(object: Record<string, unknown>): Read<ReferenceArgs> {
  const { document, provision, format } = object;
  if (typeof provision !== 'number') {
    return { error: vscode.l10n.t('The argument needs "provision", a provision number such as 15.') };
  }
  if ((document !== undefined && typeof document !== 'string') || (format !== undefined && typeof format !== 'string')) {
    return { error: vscode.l10n.t('"document" and "format" must be strings.') };
  }
  return { args: { provision, ...(document !== undefined && { document }), ...(format !== undefined && { format }) } };
}

export function readQuoteArgs(object: Record<string, unknown>): Read<QuoteArgs> {
  const base = readReferenceArgs(object);
  if ('error' in base) {
    return base;
  }
  const { language, sentences } = object;
  if (language !== undefined && language !== 'en' && language !== 'zh' && language !== 'both') {
    return { error: vscode.l10n.t('"language" must be "en", "zh" or "both".') };
  }
  if (sentences !== undefined && !isSentenceSelection(sentences)) {
    return { error: vscode.l10n.t('"sentences" must be a list of sentence numbers, or an object with such lists as "en" and "zh".') };
  }
  return { args: { ...base.args, ...(language !== undefined && { language }), ...(sentences !== undefined && { sentences }) } };
}

function isSentenceSelection(value: unknown): value is SentenceSelection {
  const isNumbers = (list: unknown): boolean => Array.isArray(list) && list.every((item) => typeof item === 'number');
  if (isNumbers(value)) {
    return true;
  }
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { en, zh } = value as Record<string, unknown>;
  return (en === undefined || isNumbers(en)) && (zh === undefined || isNumbers(zh));
}

export interface ResolvedReference {
  readonly document: PolicyDocument;
  readonly provision: Provision;
  /** Absent when the arguments named none: the draft's default applies. */
  readonly format?: ReferenceFormat;
}

/** The document, provision and format the arguments name, or a message saying which does not exist. */
export function resolveReferenceArgs(active: ActiveReferences, args: ReferenceArgs): Read<ResolvedReference> {
  const document = active.library.document(args.document);
  if (!document) {
    return { error: vscode.l10n.t('Unknown document "{0}".', args.document ?? '') };
  }
  const provision = findProvision(document, args.provision);
  if (!provision) {
    return { error: noSuchProvision(document, args.provision) };
  }
  const format = args.format === undefined ? undefined : active.format(args.format);
  if (args.format !== undefined && !format) {
    return { error: vscode.l10n.t('There is no reference format "{0}" (there are: {1}).', args.format, active.insertableNames.join(', ')) };
  }
  return { args: { document, provision, ...(format && { format }) } };
}
