export {};

/**
 * The script of the code matrix's webview, bundled by scripts/build.mjs (no CDN: users work
 * offline). It only moves the focus and posts what was asked; the extension checks every message.
 * Arrow keys, Home and End move between cells (one tab stop for the table); Enter, Space or a
 * click opens the cell's coding report.
 *
 * The project's TypeScript has no DOM library (the rest runs in Node), so the little of the DOM
 * used here is declared here.
 */
interface Element {
  readonly dataset: Record<string, string | undefined>;
  tabIndex: number;
  focus(): void;
  closest(selector: string): Element | null;
}
interface KeyboardEvent {
  readonly key: string;
  readonly target: unknown;
  preventDefault(): void;
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<Element>;
  addEventListener(type: 'click', listener: (event: { readonly target: unknown }) => void): void;
  addEventListener(type: 'keydown', listener: (event: KeyboardEvent) => void): void;
};
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const cells = Array.from(document.querySelectorAll('button.cell'));
const columns = Math.max(1, ...cells.map((cell) => Number(cell.dataset.column) + 1));

function elementOf(target: unknown): Element | null {
  return typeof target === 'object' && target !== null && 'closest' in target ? (target as Element).closest('button') : null;
}

function open(cell: Element): void {
  vscode.postMessage({ type: 'openCell', row: Number(cell.dataset.row), column: Number(cell.dataset.column) });
}

function moveTo(index: number): void {
  const next = cells[Math.max(0, Math.min(cells.length - 1, index))];
  cells.forEach((cell) => (cell.tabIndex = -1));
  next.tabIndex = 0;
  next.focus();
}

document.addEventListener('click', (event) => {
  const button = elementOf(event.target);
  if (button?.dataset.action) {
    vscode.postMessage({ type: 'export', what: button.dataset.action });
  } else if (button?.dataset.row !== undefined) {
    open(button);
  }
});

document.addEventListener('keydown', (event) => {
  const button = elementOf(event.target);
  const index = button ? cells.indexOf(button) : -1;
  if (index < 0) {
    return;
  }
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, ArrowDown: index + columns, ArrowUp: index - columns, Home: index - (index % columns), End: index - (index % columns) + columns - 1 };
  const target = moves[event.key];
  if (target !== undefined) {
    event.preventDefault();
    moveTo(target);
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    open(cells[index]);
  }
});
