import * as vscode from 'vscode';
import { Language, PolicyDocument, findProvision, otherLanguage } from '../../core/model';
import { RenderedDocument, placeAt, renderedProvision } from '../../core/render/renderDocument';
import { optional, provisionNumber, text, words } from '../commands/readers';
import { Refused, isRefused, refusal } from '../commands/result';
import { Services } from '../services';
import { policyTextUri, parsePolicyTextUri } from './policyUri';
import { RevealGuard } from './revealGuard';
import { leftLanguage } from './settings';

/** What `policyAnnotator.openSideBySide` (and the API's openSideBySide) accepts. */
export interface SideBySideArgs {
  /** A document id; the library's default document when absent. */
  readonly document?: string;
  /** The provision to put at the top of both editors. */
  readonly provision?: number;
  /** Words of that provision to select (offsets in its text in `language`), as a search hit or a concordance line finds them. */
  readonly select?: { readonly language: Language; readonly start: number; readonly end: number };
}

/** The URIs of the two editors, as strings so that the value survives any command bridge; a document without translation has the left one only. */
export interface SideBySideEditors {
  readonly left: string;
  readonly right?: string;
}

/** How the commands that open the side-by-side editors read `{ document?, provision? }`. */
export const SIDE_BY_SIDE_ARGS = { document: optional(text), provision: optional(provisionNumber), select: optional(words) };

/** Opens, finds and re-lays the pair of editors that show a document in its two languages. */
export class SideBySide {
  // Opening and re-laying both move tabs between groups: run them one at a time.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly services: Services,
    private readonly guard: RevealGuard,
  ) {}

  /** The two editors, or a refusal (not shown: the caller decides) for an unknown document or provision. */
  open(args: SideBySideArgs): Promise<SideBySideEditors | Refused> {
    return this.serially(() => this.show(args));
  }

  /** The visible editor that shows the same document as `editor` in the other language. */
  counterpart(editor: vscode.TextEditor): vscode.TextEditor | undefined {
    const ref = parsePolicyTextUri(editor.document.uri);
    if (!ref) {
      return undefined;
    }
    return vscode.window.visibleTextEditors.find((candidate) => {
      const other = parsePolicyTextUri(candidate.document.uri);
      return other?.documentId === ref.documentId && other.language !== ref.language;
    });
  }

  /**
   * Puts every visible pair back in the order `sideBySide.leftLanguage` asks for, at the provision
   * the left editor shows. Does nothing to pairs already in order, so calling it twice is harmless.
   */
  relayout(): Promise<SideBySideEditors[]> {
    return this.serially(async () => {
      const relaid: SideBySideEditors[] = [];
      for (const { documentId, provision } of await this.pairsOutOfOrder(leftLanguage())) {
        const ours = vscode.window.tabGroups.all
          .flatMap((group) => group.tabs)
          .filter((tab) => tab.input instanceof vscode.TabInputText && parsePolicyTextUri(tab.input.uri)?.documentId === documentId);
        await vscode.window.tabGroups.close(ours);
        const shown = await this.show({ document: documentId, provision });
        // The pair was on screen a moment ago; a document the library has just lost is not laid out again.
        if (!isRefused(shown)) {
          relaid.push(shown);
        }
      }
      return relaid;
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async show(args: SideBySideArgs): Promise<SideBySideEditors | Refused> {
    const document = await this.services.findDocument(args.document);
    if (!document) {
      return refusal(vscode.l10n.t('Unknown document "{0}".', args.document ?? ''));
    }
    if (args.provision !== undefined && !findProvision(document, args.provision)) {
      return refusal(vscode.l10n.t('{0} has no provision {1}.', document.id, String(args.provision)));
    }
    if (!document.translated) {
      // Chinese alone: a second editor of "(no English translation)" lines would only take half the screen.
      const editor = await this.showLanguage(document, 'zh', vscode.ViewColumn.One, false);
      if (args.provision !== undefined) {
        this.revealProvision(editor, this.services.getRendered(document, 'zh'), args.provision);
      }
      this.selectWords(document, args, [editor]);
      return { left: editor.document.uri.toString() };
    }
    const left = leftLanguage();
    const leftEditor = await this.showLanguage(document, left, vscode.ViewColumn.One, false);
    // The right editor must not take the focus: the reader starts in the left one.
    const rightEditor = await this.showLanguage(document, otherLanguage(left), vscode.ViewColumn.Two, true);
    if (args.provision !== undefined) {
      this.revealProvision(leftEditor, this.services.getRendered(document, left), args.provision);
      this.revealProvision(rightEditor, this.services.getRendered(document, otherLanguage(left)), args.provision);
    }
    this.selectWords(document, args, [leftEditor, rightEditor]);
    return { left: leftEditor.document.uri.toString(), right: rightEditor.document.uri.toString() };
  }

  private async showLanguage(document: PolicyDocument, language: Language, viewColumn: vscode.ViewColumn, preserveFocus: boolean): Promise<vscode.TextEditor> {
    const textDocument = await vscode.workspace.openTextDocument(policyTextUri(document, language));
    return vscode.window.showTextDocument(textDocument, { viewColumn, preserveFocus, preview: false });
  }

  /** Heading at the top and the cursor on it, so the linked editors and the tree agree at once. */
  private revealProvision(editor: vscode.TextEditor, rendered: RenderedDocument, provision: number): void {
    const heading = editor.document.positionAt(renderedProvision(rendered, provision).heading.start);
    editor.selection = new vscode.Selection(heading, heading);
    this.guard.reveal(editor, new vscode.Range(heading, heading), vscode.TextEditorRevealType.AtTop);
  }

  /** Selects `args.select` in the editor of its language, so the linked editors highlight its translation too. */
  private selectWords(document: PolicyDocument, { provision, select }: SideBySideArgs, editors: readonly vscode.TextEditor[]): void {
    if (provision === undefined || !select) {
      return;
    }
    const editor = editors.find((candidate) => parsePolicyTextUri(candidate.document.uri)?.language === select.language);
    const length = findProvision(document, provision)?.text[select.language].length ?? -1;
    if (!editor || select.end > length) {
      return;
    }
    const base = renderedProvision(this.services.getRendered(document, select.language), provision).text.start;
    const range = new vscode.Range(editor.document.positionAt(base + select.start), editor.document.positionAt(base + select.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    this.guard.reveal(editor, range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Visible pairs whose left editor shows the wrong language, with the provision at its top. */
  private async pairsOutOfOrder(left: Language): Promise<{ documentId: string; provision: number | undefined }[]> {
    const library = await this.services.getLibrary();
    return vscode.window.visibleTextEditors.flatMap((editor) => {
      const ref = parsePolicyTextUri(editor.document.uri);
      const document = ref && library.document(ref.documentId);
      const counterpart = this.counterpart(editor);
      if (!ref || !document || ref.language === left || !counterpart || (editor.viewColumn ?? 0) > (counterpart.viewColumn ?? 0)) {
        return [];
      }
      return [{ documentId: document.id, provision: provisionAtTop(editor, this.services.getRendered(document, ref.language)) }];
    });
  }
}

function provisionAtTop(editor: vscode.TextEditor, rendered: RenderedDocument): number | undefined {
  const top = editor.visibleRanges[0]?.start;
  const place = top && placeAt(rendered, editor.document.offsetAt(top));
  return place && place.kind === 'provision' ? place.number : undefined;
}
