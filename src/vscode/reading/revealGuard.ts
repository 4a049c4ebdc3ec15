import * as vscode from 'vscode';

// Long enough for a reveal to reach the renderer and come back as a visible-range event on a busy
// machine; short enough that the user's own scrolling right after is not mistaken for an echo.
const ECHO_WINDOW_MS = 600;

interface Expected {
  readonly target: vscode.Position;
  readonly until: number;
  /** Whether the editor has shown the target since the reveal: until then its events are older than the reveal. */
  landed: boolean;
}

/**
 * Reveals that the extension makes come back as `onDidChangeTextEditorVisibleRanges` events.
 * Remembering where each reveal aimed lets the linked editors tell that echo from the user
 * scrolling, which is what keeps two linked editors from chasing each other; remembering when
 * lets them drop scroll events that a reveal has made out of date.
 *
 * Events reach the extension host late and in the editor's order: an editor that has just opened
 * may report its first view (the top of the document) after the extension has revealed something
 * in it. So until the editor has shown a reveal's target, its events describe where it was before
 * the reveal and are not the reader's scrolling either.
 */
export class RevealGuard {
  private readonly expected = new WeakMap<vscode.TextEditor, Expected>();
  private readonly revealedAt = new WeakMap<vscode.TextEditor, number>();
  /** The first visible line of each editor's last event, to tell a re-layout from a scroll. */
  private readonly lastTop = new WeakMap<vscode.TextEditor, number>();
  private clock = 0;

  /** A moment in the order of events and reveals, to compare with `revealedSince`. */
  now(): number {
    return ++this.clock;
  }

  reveal(editor: vscode.TextEditor, range: vscode.Range, type: vscode.TextEditorRevealType): void {
    this.expected.set(editor, { target: range.start, until: Date.now() + ECHO_WINDOW_MS, landed: false });
    this.revealedAt.set(editor, this.now());
    editor.revealRange(range, type);
  }

  /** Whether the extension has revealed something in the editor after `moment`: what it showed then is outdated. */
  revealedSince(editor: vscode.TextEditor, moment: number): boolean {
    return (this.revealedAt.get(editor) ?? 0) > moment;
  }

  /**
   * Whether a visible-range event of the editor is not the reader scrolling: the echo of the last
   * reveal (the editor shows its target, within the window after it), an event from before that
   * reveal reached the editor (it has not shown the target yet, within the window), or a
   * re-layout that left the first visible line where it was (a resize, a re-wrap). Call it for
   * every event of the editor, in order.
   */
  isEcho(editor: vscode.TextEditor, visibleRanges: readonly vscode.Range[]): boolean {
    const top = visibleRanges[0]?.start.line;
    const previousTop = this.lastTop.get(editor);
    if (top !== undefined) {
      this.lastTop.set(editor, top);
    }
    const relaidOut = top !== undefined && top === previousTop;
    const expected = this.expected.get(editor);
    if (!expected) {
      return relaidOut;
    }
    if (Date.now() > expected.until) {
      this.expected.delete(editor);
      return relaidOut;
    }
    if (visibleRanges.some((range) => range.contains(expected.target))) {
      expected.landed = true;
      return true;
    }
    return !expected.landed || relaidOut;
  }
}
