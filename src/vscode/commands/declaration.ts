import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { invocation } from './invocation';
import { ARGUMENT_MESSAGES } from './messages';
import { Reader, Values, readArgs } from './readers';
import { Refused, Result, ok, refusal, refused } from './result';

/**
 * How a command was run, as its declaration read it: with an argument object (a script, a key
 * binding, the API, the tests), typed; or from the UI with what it passed, recognised.
 */
export type Call<A, I> = [A] extends [never] ? { readonly item: I | undefined } : { readonly args: A } | { readonly item: I | undefined };

/** What the UI passed (a tree node, an editor's URI, a comment), as the command takes it: undefined for anything it does not know. */
export type ItemReader<I> = (value: unknown) => I | undefined;

/**
 * A command as the table declares it: its id, how it reads an argument object and what the UI
 * passes, and what it resolves with (`R`, a type only; a refused argument resolves with `Refused`).
 */
export interface CommandDeclaration<A, I, R, Id extends CommandId = CommandId> {
  readonly id: Id;
  /**
   * The typed arguments, or the refusal naming the property that cannot be used. Undefined for a
   * command run only by VS Code's UI, which may pass a plain object (a comment thread, a reply):
   * what it passes always goes to `item`, never read as an argument object.
   */
  readonly args: ((args: Record<string, unknown>) => Result<A>) | undefined;
  readonly item: ItemReader<I>;
  /** Never set: the type of what the command resolves with, for `registerCommand` and `runCommand`. */
  readonly resolves?: R;
}

type Readers = Record<string, Reader<unknown>>;

interface Spec<S extends Readers, I> {
  /** The properties of its argument object, each with its reader; without them it takes none. */
  readonly args?: S;
  readonly item?: ItemReader<I>;
}

interface WholeSpec<A, I> {
  /** Reads the argument object as a whole (properties that depend on each other). */
  readonly reads: (args: Record<string, unknown>) => Result<A>;
  readonly item?: ItemReader<I>;
}

/** A command without properties refuses an argument object that names any: it would be ignored. */
function none(args: Record<string, unknown>): Result<Record<never, never>> {
  return Object.keys(args).length === 0 ? ok({}) : refusal(ARGUMENT_MESSAGES.none());
}

/**
 * Declares a command that resolves with `R`: `command<Language>()(COMMANDS.swapLanguages)`, or
 * with the readers of its argument object and of what the UI passes,
 * `command<…>()(COMMANDS.tagProvision, { args: { provision: provisionNumber }, item: provisionNodeItem })`.
 */
export function command<R>() {
  function declare<Id extends CommandId, S extends Readers = Record<never, Reader<unknown>>, I = never>(id: Id, spec?: Spec<S, I>): CommandDeclaration<Values<S>, I, R, Id>;
  function declare<Id extends CommandId, A, I = never>(id: Id, spec: WholeSpec<A, I>): CommandDeclaration<A, I, R, Id>;
  function declare(id: CommandId, spec: Spec<Readers, unknown> | WholeSpec<unknown, unknown> = {}): CommandDeclaration<unknown, unknown, R> {
    const readers = 'reads' in spec ? undefined : spec.args;
    return {
      id,
      args: 'reads' in spec ? spec.reads : readers ? (args) => readArgs(args, readers) : none,
      item: spec.item ?? (() => undefined),
    };
  }
  return declare;
}

/**
 * Declares a command run only by VS Code's own UI with what it passes (a comment thread's buttons),
 * which takes no argument object: `uiCommand<…>()(COMMANDS.commentsSave, noteComment)`.
 */
export function uiCommand<R>() {
  return <Id extends CommandId, I>(id: Id, item: ItemReader<I>): CommandDeclaration<never, I, R, Id> => ({ id, args: undefined, item });
}

/**
 * Registers the implementation of a declared command: it is run with the arguments read (an
 * argument that cannot be used is refused, and shown, before it runs) or with what the UI passed.
 */
export function registerCommand<A, I, R>(declaration: CommandDeclaration<A, I, R>, run: (call: Call<A, I>) => R | Thenable<R>): vscode.Disposable {
  return vscode.commands.registerCommand(declaration.id, async (value: unknown): Promise<R | Refused> => {
    const call = invocation(value);
    if (declaration.args && 'args' in call) {
      const read = declaration.args(call.args);
      return read.ok ? run({ args: read.value } as Call<A, I>) : refused(read.reason);
    }
    // From the UI: what it passed, even a plain object for a command without argument objects.
    return run({ item: declaration.item(value) } as Call<A, I>);
  });
}

/** Runs a declared command with an argument object, typed by its declaration. */
export function runCommand<A, I, R>(declaration: CommandDeclaration<A, I, R>, args: { readonly [K in keyof A]?: unknown }): Thenable<R | Refused> {
  return vscode.commands.executeCommand<R | Refused>(declaration.id, args);
}
