import writeXlsxFile from 'write-excel-file/universal';
import { CodeMatrix } from './codeMatrix';

/**
 * The matrix as an Excel workbook (.xlsx), laid out as the CSV is: a header row of column labels
 * under the rows' axis name (bold), then a row per row label with its counts as numbers (shares
 * as fractions), the first row and column frozen. Written by write-excel-file, which works
 * the same in Node and in the web worker (it zips with fflate; no native code) and drops the
 * characters XML cannot hold (a control character in a tag name would make the file unreadable).
 */
export async function matrixXlsx(matrix: CodeMatrix, corner: string): Promise<Uint8Array> {
  const heading = (value: string) => ({ value, type: String, fontWeight: 'bold' as const });
  const data = [
    [heading(corner), ...matrix.columns.map((column) => heading(column.label))],
    ...matrix.rows.map((row, index) => [heading(row.label), ...matrix.cells[index].map((value) => ({ value, type: Number }))]),
  ];
  const blob = await writeXlsxFile(data, { sheet: 'Matrix', stickyRowsCount: 1, stickyColumnsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
