/** Code points: right for Latin text. A terminal gives CJK characters two columns; the command line passes its own measure. */
function codePoints(text: string): number {
  return Array.from(text).length;
}

/**
 * A Markdown pipe table with its columns padded to one width, so that it reads as a table in a
 * terminal as well as rendered. `numeric` columns are right-aligned.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: ReadonlySet<number> = new Set(),
  width: (text: string) => number = codePoints,
): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => width(row[column] ?? ''))));
  const pad = (cell: string, column: number) => {
    const fill = ' '.repeat(widths[column] - width(cell));
    return numeric.has(column) ? fill + cell : cell + fill;
  };
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => pad(cell ?? '', column)).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
