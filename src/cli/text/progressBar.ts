import { escapeControls } from '../../core/lib/visibleText';
import { characterWidth } from './width';

const BAR_WIDTH = 24;

/** "[#########...............]  412/1586  刑法/刑法.md", cut to the terminal's width. */
export function progressBar(done: number, total: number, label: string, columns: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(done).padStart(String(total).length)}/${total}  ${escapeControls(label)}`;
  // One column less than the terminal: a line that fills it wraps in some terminals, and \r then returns to the wrong line.
  let cut = '';
  let width = 0;
  for (const character of line) {
    width += characterWidth(character);
    if (width > columns - 1) {
      break;
    }
    cut += character;
  }
  return cut;
}
