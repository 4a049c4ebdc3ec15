import { GivenOptions, OPTIONS, OptionName, OptionSpec } from './options';
import { UsageError } from './usageError';
import { localized } from '../core/l10n/localized';

export interface ParsedArgs {
  /** The words that are not options, the command's name first. */
  readonly words: readonly string[];
  readonly options: GivenOptions;
}

/**
 * Reads a command line: options may come anywhere, as `--name`, `--name value`, `--name=value`
 * or `-x`; `--` makes every later word an operand (for a query that starts with a dash).
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const values = new Map<OptionName, string | true>();
  // Every value of an option given more than once (--document a --document b); `values` keeps the last.
  const repeated = new Map<OptionName, string[]>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--') {
      words.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    const [written, inlineValue] = splitInlineValue(arg);
    const spec = findOption(written);
    if (!spec.value) {
      if (inlineValue !== undefined) {
        throw new UsageError(localized('cli.takesNoValue', written));
      }
      values.set(spec.name, true);
      continue;
    }
    const value = inlineValue ?? argv[++index];
    if (value === undefined) {
      throw new UsageError(localized('cli.needsValue', written, spec.value));
    }
    values.set(spec.name, value);
    repeated.set(spec.name, [...(repeated.get(spec.name) ?? []), value]);
  }
  return { words, options: new GivenOptions(values, repeated) };
}

function splitInlineValue(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function findOption(written: string): OptionSpec & { readonly name: OptionName } {
  const spec = OPTIONS.find((option) =>
    written.startsWith('--') ? written === `--${option.name}` : 'short' in option && written === `-${option.short}`,
  );
  if (!spec) {
    throw new UsageError(localized('cli.unknownOption', written));
  }
  return spec;
}
