import { displayWidth } from './width';
import { wrap } from './wrap';

// Below this, a column is too narrow to read; wrapping then overflows the terminal instead.
const MIN_COLUMN = 12;

/**
 * `label` followed by each text wrapped to the rest of the line, one under the other, every line
 * after the first indented to where the texts start:
 * ```
 * ¶5  Accelerating the upgrading of
 *     information infrastructure
 *     加快信息基础设施演进升级
 * ```
 */
export function labelled(label: string, texts: readonly string[], width: number): string[] {
  const indent = ' '.repeat(displayWidth(label));
  return texts
    .flatMap((text) => wrap(text, Math.max(MIN_COLUMN, width - indent.length)))
    .map((line, index) => (index === 0 ? label : indent) + line);
}

/** Two texts wrapped into columns side by side, each half of `width`, for reading a translation. */
export function sideBySide(left: string, right: string, width: number): string[] {
  const gutter = '   ';
  const column = Math.max(MIN_COLUMN, Math.floor((width - gutter.length) / 2));
  const leftLines = wrap(left, column);
  const rightLines = wrap(right, column);
  return Array.from({ length: Math.max(leftLines.length, rightLines.length) }, (_, index) => {
    const leftLine = leftLines[index] ?? '';
    const rightLine = rightLines[index] ?? '';
    return rightLine === '' ? leftLine : leftLine + ' '.repeat(Math.max(0, column - displayWidth(leftLine))) + gutter + rightLine;
  });
}
