import { Command, CommandOutput, PROGRAM, synopsis } from '../command';
import { COMMON_OPTIONS, OPTIONS, OptionName, OptionSpec } from '../options';
import { labelled } from '../text/layout';
import { UsageError } from '../usageError';
import { localized, messageLanguage } from '../../core/l10n/localized';
import { CHINESE_SUMMARIES } from './chineseSummaries';

const REFS = 'A <ref> names a provision: 15, p15, ¶15 or <document>#15 (e.g. mobile-internet-opinions-2017#15).';

export const helpCommand: Command = {
  name: 'help',
  summary: 'how to use the program, or one command',
  operands: [{ name: 'command', optional: true }],
  run({ operands: [name] }, { commands }) {
    if (name === undefined) {
      return overview(commands);
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) {
      throw new UsageError(localized('cli.unknownCommand', name, PROGRAM));
    }
    return about(command);
  },
};

/** The command's summary in the language of messages (the JSON keeps the English, for scripts). */
function summaryOf(command: Command): string {
  return (messageLanguage() === 'zh' && CHINESE_SUMMARIES[command.name]) || command.summary;
}

function overview(commands: readonly Command[]): CommandOutput {
  const column = Math.max(...commands.map((command) => synopsis(command).length)) + 3;
  return {
    json: { usage: `${PROGRAM} <command> [options]`, commands: commands.map(describe), options: commonOptions().map((option) => describeOption(option)), refs: REFS },
    text: (width) =>
      [
        'Reads, codes and cites Chinese policy and law: the documents under policy-documents/ of a folder and the embedded Opinions, in English and Chinese.',
        '',
        `Usage: ${PROGRAM} <command> [options]`,
        '',
        'Commands:',
        ...commands.flatMap((command) => labelled(`  ${synopsis(command).padEnd(column)}`, [summaryOf(command)], width)),
        '',
        'Options of every command:',
        ...optionLines(commonOptions(), width),
        '',
        ...labelled('', [`${PROGRAM} help <command> lists the options of that command.`, REFS], width),
      ].join('\n'),
  };
}

function about(command: Command): CommandOutput {
  return {
    json: describe(command),
    text: (width) =>
      [
        `Usage: ${usageOf(command)}`,
        '',
        ...labelled('', [summaryOf(command), ...(command.details ? [command.details] : [])], width),
        '',
        'Options:',
        ...optionLines(acceptedOptions(command), width, command),
        ...(command.operands.some((operand) => operand.name === 'ref') ? ['', ...labelled('', [REFS], width)] : []),
      ].join('\n'),
  };
}

function describe(command: Command) {
  return {
    name: command.name,
    usage: usageOf(command),
    summary: command.summary,
    ...(command.details && { details: command.details }),
    options: acceptedOptions(command).map((option) => describeOption(option, command)),
  };
}

function describeOption(option: OptionSpec, command?: Command) {
  return { option: written(option), description: descriptionFor(option, command) };
}

/** The command's own words for an option where it has them (what --format takes), else the option's. */
function descriptionFor(option: OptionSpec, command: Command | undefined): string {
  return command?.optionHelp?.[option.name as OptionName] ?? option.description;
}

function commonOptions(): OptionSpec[] {
  return OPTIONS.filter((option) => COMMON_OPTIONS.includes(option.name));
}

function acceptedOptions(command: Command): OptionSpec[] {
  return OPTIONS.filter((option) => COMMON_OPTIONS.includes(option.name) || command.options?.includes(option.name));
}

/** `policy-annotator search <query…> [--json] [--limit N]` */
function usageOf(command: Command): string {
  const options = acceptedOptions(command).filter((option) => option.name !== 'help');
  return [PROGRAM, synopsis(command), ...options.map((option) => `[${written(option)}]`)].join(' ');
}

function written(option: OptionSpec): string {
  return `--${option.name}${option.value ? ` ${option.value}` : ''}`;
}

function optionLines(options: readonly OptionSpec[], width: number, command?: Command): string[] {
  const labels = options.map((option) => `${written(option)}${option.short ? `, -${option.short}` : ''}`);
  const column = Math.max(...labels.map((label) => label.length)) + 3;
  return options.flatMap((option, index) => labelled(`  ${labels[index].padEnd(column)}`, [descriptionFor(option, command)], width));
}
