import { Library } from '../core/library';
import { GivenOptions, OptionName } from './options';

export const PROGRAM = 'policy-annotator';

export interface Operand {
  readonly name: string;
  readonly optional?: boolean;
  /** Takes every remaining word (a query of several words needs no quotes). */
  readonly rest?: boolean;
}

/**
 * One thing the program does: `policy-annotator <name> <operands> [options]`. To add a command,
 * write `commands/<name>.ts` exporting one of these and list it in `commands/index.ts`.
 */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** More for `help <name>`: what the output holds, its conventions. */
  readonly details?: string;
  readonly operands: readonly Operand[];
  /** Options it takes besides the common ones (--json, --help, --lang, --folder). */
  readonly options?: readonly OptionName[];
  /** What an option means for this command, where the option's own description is general (--format). */
  readonly optionHelp?: Partial<Record<OptionName, string>>;
  run(invocation: Invocation, context: CommandContext): Promise<CommandOutput> | CommandOutput;
}

export interface Invocation {
  /** Checked against `Command.operands`: every required one is there, none is extra. */
  readonly operands: readonly string[];
  readonly options: GivenOptions;
}

export interface CommandContext {
  /**
   * Loaded on first use, so that help and usage errors need no seeds. With `only`, the embedded
   * documents and those of the workspace it names, no other document being read.
   */
  library(only?: readonly string[]): Promise<Library>;
  /** The ids of the embedded documents, read without parsing them. */
  embeddedIds(): Promise<ReadonlySet<string>>;
  /**
   * What kept the workspace's documents read so far from being read (a FIFO, a link out of the
   * workspace…), `path:line:column: message`: each is also printed as a warning; `check` fails on them.
   */
  readonly documentProblems?: () => readonly string[];
  /** Where a long command shows how far it is: stderr when it is a terminal; absent otherwise. */
  readonly progress?: ProgressLine;
  /** The workspace folder (--folder, or the current one) whose policy-documents/ the library reads; absolute. */
  readonly folder: string;
  readonly commands: readonly Command[];
  /** The folder the command line was given in (see CliIo). */
  readonly cwd: string;
}

/** One line of a terminal, replaced each time it is shown. */
export interface ProgressLine {
  readonly columns: number;
  /** Shows the line in place of the last one; undefined clears it. */
  show(line: string | undefined): void;
}

/** What a command found, printed as `json` with --json and as `text(width)` without. */
export interface CommandOutput {
  readonly json: unknown;
  text(width: number): string;
  /** 1 when the command printed its findings but they are failures (check found errors); 0 by default. */
  readonly exitCode?: 0 | 1;
  /**
   * The text is a file's content (an export): printed as it is when stdout is not a terminal, so
   * that `> file` holds the bytes --output writes; on a terminal its control characters are shown.
   */
  readonly content?: boolean;
  /** The text in pieces, for content too large to hold as one string (a team's export): printed piece by piece in its place. */
  readonly pieces?: () => Iterable<string>;
  /** Lines for stderr besides the output: what the user should know about it (files left out). */
  readonly warnings?: readonly string[];
}

/** `show <ref>`, `align [<ref>]`, `search <query…>`. */
export function synopsis(command: Command): string {
  const operands = command.operands.map((operand) => {
    const shown = `<${operand.name}${operand.rest ? '…' : ''}>`;
    return operand.optional ? `[${shown}]` : shown;
  });
  return [command.name, ...operands].join(' ');
}
