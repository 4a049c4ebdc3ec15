import * as path from 'node:path';
import { escapeControls } from '../core/lib/visibleText';
import { languageOfLocale, localized, setMessageLanguage } from '../core/l10n/localized';
import { Library } from '../core/library';
import { Language, provisionValue } from '../core/model';
import { parseArgs } from './args';
import { Command, CommandContext, Invocation, PROGRAM, ProgressLine } from './command';
import { COMMANDS } from './commands';
import { COMMON_OPTIONS } from './options';
import { findSeedsDir, loadFolderLibrary, readSeedIds } from './seeds';
import { UsageError } from './usageError';
import { finishPendingTransaction } from './pendingTransaction';
import { inBatches } from './outputFile';

/** What the program touches outside itself; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Terminal width; absent when the output is not a terminal. */
  readonly columns?: number;
  /** The folder the command line was given in: relative paths and git revisions are read from there. */
  readonly cwd: string;
  /** Where the seeds are; by default the `seeds/` folder above the program. */
  readonly seedsDir?: string;
  /** Where long commands show how far they are: stderr when it is a terminal. */
  readonly progress?: ProgressLine;
  /** The locale of the environment (LC_ALL, LC_MESSAGES or LANG, e.g. `zh_CN.UTF-8`); `--lang` overrides it. */
  readonly locale?: string;
}

const DEFAULT_COLUMNS = 80;

/**
 * Runs one command line and returns the exit code: 0 done, 1 the program failed, 2 the command
 * line asks for something impossible (reported in one line on stderr).
 */
export async function run(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  try {
    // The language first, so that even a command line that cannot be read is answered in it (a
    // wrong --lang itself in the locale's).
    setMessageLanguage(languageOfLocale(io.locale));
    setMessageLanguage(languageOption(langWritten(argv)) ?? languageOfLocale(io.locale));
    const { command, invocation } = dispatch(argv, commands);
    let library: Promise<Library> | undefined;
    // Absolute: relative to where the command was typed (io.cwd), whichever folder the process runs in.
    const folder = path.resolve(io.cwd, invocation.options.value('folder') ?? '.');
    const seedsDir = () => io.seedsDir ?? findSeedsDir(__dirname);
    const documentProblems = new Set<string>();
    const context: CommandContext = {
      library: (only) => {
        const warn = (warning: string) => {
          documentProblems.add(warning);
          io.stderr(`${PROGRAM}: ${warning}\n`);
        };
        const load = (documents?: readonly string[]) => loadFolderLibrary(seedsDir(), folder, warn, documents);
        return only ? load(only) : (library ??= load());
      },
      embeddedIds: () => readSeedIds(seedsDir()),
      documentProblems: () => [...documentProblems],
      ...(io.progress && { progress: io.progress }),
      folder,
      commands,
      cwd: io.cwd,
    };
    await finishPendingTransaction(io.cwd, folder, invocation.options.value('notes'));
    const output = await command.run(invocation, context);
    // Notes, names and tags are anyone's text: their control characters are shown, never sent to the terminal.
    const asIs = output.content && io.columns === undefined && !invocation.options.has('json');
    if (output.pieces && !invocation.options.has('json')) {
      printPieces(output.pieces(), asIs, io);
    } else {
      const text = invocation.options.has('json') ? escapeControls(JSON.stringify(output.json, provisionNumbers, 2), 'json') : asIs ? output.text(DEFAULT_COLUMNS) : escapeControls(output.text(io.columns || DEFAULT_COLUMNS));
      io.stdout(text.endsWith('\n') || asIs ? text : `${text}\n`);
    }
    output.warnings?.forEach((warning) => io.stderr(`${PROGRAM}: ${escapeControls(warning)}\n`));
    return output.exitCode ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${PROGRAM}: ${escapeControls(message.split('\n')[0])}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

/** A text printed as it is made, in batches: as `text` would be printed, ending with a line break unless printed as is. */
function printPieces(pieces: Iterable<string>, asIs: boolean | undefined, io: CliIo): void {
  let last = '';
  for (const batch of inBatches(pieces)) {
    last = asIs ? batch : escapeControls(batch);
    io.stdout(last);
  }
  if (!asIs && !last.endsWith('\n')) {
    io.stdout('\n');
  }
}

// The fields in which a command's JSON gives a provision's number (`number` in show and list, `old` and
// `new` in compare's changes).
const PROVISION_FIELDS = new Set(['provision', 'number', 'old', 'new']);

/** A provision number goes out as the notes write it, 120 or "120-1" for 第一百二十条之一, never as the model's 120.001. */
function provisionNumbers(key: string, value: unknown): unknown {
  return typeof value === 'number' && PROVISION_FIELDS.has(key) ? provisionValue(value) : value;
}

function languageOption(value: string | undefined): Language | undefined {
  if (value !== undefined && value !== 'en' && value !== 'zh') {
    throw new UsageError(localized('cli.lang', value));
  }
  return value;
}

/** The value of --lang as written (`--lang zh`, `--lang=zh`), read before the rest of the command line is. */
function langWritten(argv: readonly string[]): string | undefined {
  let written: string | undefined;
  for (let index = 0; index < argv.length && argv[index] !== '--'; index++) {
    if (argv[index] === '--lang') {
      written = argv[index + 1];
    } else if (argv[index].startsWith('--lang=')) {
      written = argv[index].slice('--lang='.length);
    }
  }
  return written;
}

/** The command a command line names, with its operands and options checked. */
function dispatch(argv: readonly string[], commands: readonly Command[]): { command: Command; invocation: Invocation } {
  const { words, options } = parseArgs(argv);
  // `--help`, `<command> --help` and no words at all ask for help (about the command, if named).
  const asksHelp = options.has('help') || words.length === 0;
  const [name, ...operands] = asksHelp ? ['help', ...words.slice(0, 1)] : words;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    throw new UsageError(localized('cli.unknownCommand', name, PROGRAM));
  }
  const refused = asksHelp ? undefined : options.names().find((option) => !COMMON_OPTIONS.includes(option) && !command.options?.includes(option));
  if (refused) {
    throw new UsageError(localized('cli.optionRefused', command.name, refused));
  }
  checkOperands(command, operands);
  return { command, invocation: { operands, options } };
}

function checkOperands(command: Command, operands: readonly string[]): void {
  const missing = command.operands.slice(operands.length).find((operand) => !operand.optional);
  if (missing) {
    throw new UsageError(localized('cli.operandMissing', command.name, missing.name));
  }
  const takesRest = command.operands.some((operand) => operand.rest);
  if (!takesRest && operands.length > command.operands.length) {
    throw new UsageError(localized('cli.operandRefused', command.name, operands[command.operands.length]));
  }
}
