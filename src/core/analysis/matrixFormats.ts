import { csvField } from '../teams/export/csvExport';
import { CodeMatrix } from './codeMatrix';

/** The matrix as CSV: a header row of column labels under the rows' axis name, then a row per row label. */
export function matrixCsv(matrix: CodeMatrix, corner: string): string {
  const lines = [
    [corner, ...matrix.columns.map((column) => column.label)],
    ...matrix.rows.map((row, index) => [row.label, ...matrix.cells[index].map(String)]),
  ];
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
