import * as vscode from 'vscode';

// Long enough for a reveal to reach the renderer and come back as a visible-range event on a busy
// machine; short enough that the user's own scrolling right after is not mistaken for an echo.
const ECHO_WINDOW_MS = 600;

interface Expected {
  readonly target: vscode.Position;
  readonly until: number;
}

/**
 * Reveals that the extension makes come back as `onDidChangeTextEditorVisibleRanges` events.
 * Remembering where each reveal aimed lets the linked editors tell that echo from the user
 * scrolling, which is what keeps two linked editors from chasing each other; remembering when
 * lets them drop scroll events that a reveal has made out of date.
 */
export class RevealGuard {
  private readonly expected = new WeakMap<vscode.TextEditor, Expected>();
  private readonly revealedAt = new WeakMap<vscode.TextEditor, number>();
  private clock = 0;

  /** A moment in the order of events and reveals, to compare with `revealedSince`. */
  now(): number {
    return ++this.clock;
  }

  reveal(editor: vscode.TextEditor, range: vscode.Range, type: vscode.TextEditorRevealType): void {
    this.expected.set(editor, { target: range.start, until: Date.now() + ECHO_WINDOW_MS });
    this.revealedAt.set(editor, this.now());
    editor.revealRange(range, type);
  }

  /** Whether the extension has revealed something in the editor after `moment`: what it showed then is outdated. */
  revealedSince(editor: vscode.TextEditor, moment: number): boolean {
    return (this.revealedAt.get(editor) ?? 0) > moment;
  }

  /** True while the editor shows what the last reveal aimed at, within the window after it. */
  isEcho(editor: vscode.TextEditor, visibleRanges: readonly vscode.Range[]): boolean {
    const expected = this.expected.get(editor);
    if (!expected) {
      return false;
    }
    if (Date.now() > expected.until) {
      this.expected.delete(editor);
      return false;
    }
    return visibleRanges.some((range) => range.contains(expected.target));
  }
}
