import * as vscode from 'vscode';
import { otherLanguage } from '../../core/model';
import { OffsetRange, placeAt } from '../../core/render/renderDocument';
import { Services } from '../services';
import { alignedSpan, counterpartOffset } from './alignedText';
import { PolicyText, resolvePolicyText } from './policyText';
import { POLICY_SCHEME } from './policyUri';
import { RevealGuard } from './revealGuard';
import { linkedScrolling } from './settings';
import { SideBySide } from './sideBySide';

// Events are gathered for this long and handled together: a keyboard move that also scrolls is
// one step for the other editor, not a centring followed by a scroll.
const SETTLE_MS = 40;

interface Pending {
  selection: boolean;
  /** When the user last scrolled the editor (RevealGuard.now), if they did. */
  scrolled?: number;
  timer?: ReturnType<typeof setTimeout>;
}

export interface ProvisionFocus {
  readonly documentId: string;
  readonly provision: number;
}

/**
 * Keeps the two editors of a side-by-side pair on the same text: the cursor's sentence is
 * highlighted in both languages and the other editor follows the cursor and the scrolling.
 * Reveals go through the RevealGuard, so the other editor's answering scroll is not followed back.
 */
export class LinkedEditors implements vscode.Disposable {
  private readonly pending = new Map<vscode.TextEditor, Pending>();
  private readonly moved = new vscode.EventEmitter<ProvisionFocus>();
  private readonly disposables: vscode.Disposable[];
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('policyAnnotator.alignedSentenceBackground'),
    // High-contrast themes draw the border instead of a fill (its defaults are transparent elsewhere).
    border: '1px solid',
    borderColor: new vscode.ThemeColor('policyAnnotator.alignedSentenceBorder'),
    overviewRulerColor: new vscode.ThemeColor('policyAnnotator.alignedSentenceBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });

  /** Fires when the cursor of a policy-text editor is in a provision; the tree follows it. */
  readonly onDidMoveToProvision = this.moved.event;

  constructor(
    private readonly services: Services,
    private readonly sideBySide: SideBySide,
    private readonly guard: RevealGuard,
  ) {
    this.disposables = [
      this.highlight,
      this.moved,
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const pending = this.schedule(event.textEditor);
        if (pending) {
          pending.selection = true;
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const pending = this.guard.isEcho(event.textEditor, event.visibleRanges) ? undefined : this.schedule(event.textEditor);
        if (pending) {
          pending.scrolled = this.guard.now();
        }
      }),
    ];
  }

  dispose(): void {
    for (const { timer } of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** The editor's pending changes, handled SETTLE_MS after the first; undefined for other editors. */
  private schedule(editor: vscode.TextEditor): Pending | undefined {
    if (editor.document.uri.scheme !== POLICY_SCHEME) {
      return undefined;
    }
    let pending = this.pending.get(editor);
    if (!pending) {
      const created: Pending = { selection: false };
      created.timer = setTimeout(() => {
        this.pending.delete(editor);
        this.follow(editor, created).catch((error: unknown) => this.services.log.error('linked editors:', error));
      }, SETTLE_MS);
      this.pending.set(editor, created);
      pending = created;
    }
    return pending;
  }

  private async follow(editor: vscode.TextEditor, pending: Pending): Promise<void> {
    const text = await resolvePolicyText(this.services, editor.document.uri);
    // The editor may have closed while its events settled.
    if (!text || !vscode.window.visibleTextEditors.includes(editor)) {
      return;
    }
    const other = this.sideBySide.counterpart(editor);
    const target = pending.selection ? this.followSelection(editor, other, text) : undefined;
    if (!other) {
      return;
    }
    // A scroll that a later reveal overtook (opening at a provision, following the other editor)
    // says where the editor was, not where the reader is.
    const scrolled = pending.scrolled !== undefined && !this.guard.revealedSince(editor, pending.scrolled);
    if (scrolled && linkedScrolling()) {
      const top = editor.visibleRanges[0]?.start;
      if (top) {
        const position = other.document.positionAt(counterpartOffset(text.alignment, text.renderings, text.language, editor.document.offsetAt(top)));
        this.guard.reveal(other, new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
      }
    } else if (target) {
      const range = new vscode.Range(other.document.positionAt(target.start), other.document.positionAt(target.end));
      // Decided now, not when the reveal arrives: the reader may have scrolled the other editor since.
      if (!other.visibleRanges.some((visible) => visible.contains(range))) {
        this.guard.reveal(other, range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
  }

  /** Highlights the selection's beads in both editors; returns what the other editor should show. */
  private followSelection(editor: vscode.TextEditor, other: vscode.TextEditor | undefined, text: PolicyText): OffsetRange | undefined {
    const { selection, document } = editor;
    const theirs = otherLanguage(text.language);
    const span = alignedSpan(text.alignment, text.renderings, text.language, document.offsetAt(selection.start), document.offsetAt(selection.end));
    const toRanges = (target: vscode.TextEditor, ranges: readonly OffsetRange[] = []): vscode.Range[] =>
      ranges.map((range) => new vscode.Range(target.document.positionAt(range.start), target.document.positionAt(range.end)));
    editor.setDecorations(this.highlight, toRanges(editor, span?.ranges[text.language]));
    other?.setDecorations(this.highlight, toRanges(other, span?.ranges[theirs]));

    const active = document.offsetAt(selection.active);
    const place = placeAt(text.renderings[text.language], active);
    if (place.kind === 'provision') {
      this.moved.fire({ documentId: text.document.id, provision: place.number });
    }
    const ranges = span?.ranges[theirs] ?? [];
    if (ranges.length > 0) {
      return { start: ranges[0].start, end: ranges[ranges.length - 1].end };
    }
    const offset = counterpartOffset(text.alignment, text.renderings, text.language, active);
    return { start: offset, end: offset };
  }
}
