import { writeOutputFile } from '../outputFile';
import { codeMatrix } from '../../core/analysis/codeMatrix';
import { axisTitle } from '../../core/analysis/matrixWords';
import { matrixCsv } from '../../core/analysis/matrixFormats';
import { matrixXlsx } from '../../core/analysis/matrixXlsx';
import { markdownTable } from '../../core/lib/markdownTable';
import { Command } from '../command';
import { displayWidth } from '../text/width';
import { MATRIX_OPTIONS, asked, codingInput, matrixRequestOf, RESTRICTION_HELP } from './analysisOptions';

export const matrixCommand: Command = {
  name: 'matrix',
  summary: 'a code matrix: tags, documents, coders or an attribute against each other, counting coded passages',
  details:
    '--rows and --columns are each tags (a tag counts the tags under it), documents, coders or a document attribute ' +
    '(year, type, status, issuer, or one set with the attributes command); by default tags × documents. ' +
    '--measure passages counts coded passages, provisions the provisions coded, documents the documents coded (0/1 for a document), ' +
    'share the provisions coded over the provisions of the documents. --tags A,B keeps only those tags. ' +
    'Prints a table; --csv prints CSV; --output FILE writes CSV, or an Excel workbook when FILE ends in .xlsx (numbers as numbers, headers frozen). ' +
    '--json prints { measure, rows: [{ id, label }], columns: [{ id, label }], cells: number[][] } (rows × columns, in the order listed).',
  operands: [],
  options: ['csv', 'output', ...MATRIX_OPTIONS],
  optionHelp: RESTRICTION_HELP,
  async run({ options }, context) {
    const { input, warnings } = await codingInput(options, context);
    const request = matrixRequestOf(options);
    const matrix = asked(undefined, () => codeMatrix(input, request));
    const csv = () => matrixCsv(matrix, axisTitle(request.rows));
    const output = options.value('output');
    if (output !== undefined) {
      await writeOutputFile(context.cwd, output, output.toLowerCase().endsWith('.xlsx') ? await matrixXlsx(matrix, axisTitle(request.rows)) : csv());
      return { json: { output, rows: matrix.rows.length, columns: matrix.columns.length }, text: () => `Wrote the ${matrix.rows.length} × ${matrix.columns.length} matrix to ${output}.`, warnings };
    }
    const table = () =>
      markdownTable(
        [axisTitle(request.rows), ...matrix.columns.map((column) => column.label)],
        matrix.rows.map((row, index) => [row.label, ...matrix.cells[index].map(String)]),
        new Set(matrix.columns.map((_, index) => index + 1)),
        displayWidth,
      );
    return { json: matrix, text: options.has('csv') ? csv : table, warnings };
  },
};
