import { writeOutputFile } from '../outputFile';
import { selectPassages } from '../../core/analysis/codingQuery';
import { reportEntries } from '../../core/analysis/codingReport';
import { formatReport } from '../../core/analysis/reportDocument';
import { REPORT_FORMATS, ReportFormat } from '../../core/analysis/reportFormats';
import { Command } from '../command';
import { UsageError } from '../usageError';
import { RESTRICTION_OPTIONS, asked, codingInput, restrictionOf, RESTRICTION_HELP } from './analysisOptions';
import { localized } from '../../core/l10n/localized';

export const reportCommand: Command = {
  name: 'report',
  summary: 'a coding report: every coded passage a tag expression selects, by document and provision, with both texts',
  details:
    'The expression joins tags (ids or labels) with AND (both on the same provision), OR, NOT (the first, on provisions without the second) ' +
    'and NEAR (passages that overlap or share a sentence), in parentheses as needed; a tag covers the tags under it. ' +
    '--document, --where name=value, --author, --since and --until narrow it (each may be repeated). ' +
    'Prints Markdown, or --format csv|html; --output FILE writes it. ' +
    '--json prints [{ document, provision, tags, author, text: { en, zh }, quote?, note? }].',
  operands: [{ name: 'expression', rest: true }],
  options: ['format', 'output', ...RESTRICTION_OPTIONS],
  optionHelp: { ...RESTRICTION_HELP, format: 'markdown, csv or html' },
  async run({ operands, options }, context) {
    const expression = operands.join(' ');
    const format = options.value('format') ?? 'markdown';
    if (!REPORT_FORMATS.includes(format as ReportFormat)) {
      throw new UsageError(localized('cli.oneOf', 'report --format', REPORT_FORMATS.join(', '), format));
    }
    const { input, warnings } = await codingInput(options, context);
    const restriction = restrictionOf(options);
    const entries = reportEntries(
      asked(expression, () => selectPassages(input, expression, restriction)),
      input.library,
    );
    const text = formatReport(format as ReportFormat, entries, input.library, expression);
    const output = options.value('output');
    if (output === undefined) {
      return { json: entries, text: () => text, warnings };
    }
    await writeOutputFile(context.cwd, output, text);
    return { json: { output, passages: entries.length }, text: () => `Wrote ${entries.length} passages to ${output} (${format}).`, warnings };
  },
};
