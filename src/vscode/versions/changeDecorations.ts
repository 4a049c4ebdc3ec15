import * as vscode from 'vscode';
import { ChangeKind } from '../../core/versions/compareVersions';
import { byNumber } from '../../core/model';
import { placeAt } from '../../core/render/renderDocument';
import { PolicyDocument } from '../../core/model';
import { parsePolicyTextUri } from '../reading/policyUri';
import { Services } from '../services';
import { changeMarkdown, changeSummary } from './changeText';
import { ShownComparison } from './shownComparison';

/** The kinds marked in the newer text, with the gutter colours VS Code uses for changed lines. */
const MARKED: Partial<Record<ChangeKind, vscode.ThemeColor>> = {
  changed: new vscode.ThemeColor('editorGutter.modifiedBackground'),
  added: new vscode.ThemeColor('editorGutter.addedBackground'),
};

/**
 * A newer version's editors mark each changed or added provision (against the version shown as
 * compared, or the one its metadata says it revises):
 * a bar beside it, a mark in the overview ruler, and what happened after its heading. The hover
 * (see `ChangeHover`) shows the old wording.
 */
export class ChangeDecorations implements vscode.Disposable {
  private readonly types = new Map<ChangeKind, vscode.TextEditorDecorationType>();
  /** What happened, after the heading. */
  private readonly label = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 1.5em', fontStyle: 'italic', color: new vscode.ThemeColor('descriptionForeground') },
  });
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly services: Services,
    private readonly shown: ShownComparison,
  ) {
    for (const [kind, color] of Object.entries(MARKED) as [ChangeKind, vscode.ThemeColor][]) {
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          isWholeLine: true,
          borderWidth: '0 0 0 3px',
          borderStyle: 'solid',
          borderColor: color,
          overviewRulerColor: color,
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      );
    }
    const refresh = (): void => {
      this.refresh().catch((error: unknown) => services.log.warn('version decorations:', error));
    };
    this.disposables = [shown.onDidChange(refresh), vscode.window.onDidChangeVisibleTextEditors(refresh)];
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables, ...this.types.values(), this.label).dispose();
  }

  private async refresh(): Promise<void> {
    for (const editor of vscode.window.visibleTextEditors) {
      const ref = parsePolicyTextUri(editor.document.uri);
      const document = ref && (await this.services.findDocument(ref.documentId));
      if (!ref || !document) {
        continue;
      }
      const comparison = this.shown.comparisonFor(document, await olderVersion(this.services, document));
      const marked = new Map<ChangeKind, vscode.Range[]>([...this.types.keys()].map((kind) => [kind, []]));
      const labels: vscode.DecorationOptions[] = [];
      if (comparison) {
        const rendered = this.services.getRendered(comparison.to, ref.language);
        for (const change of comparison.result.changes) {
          const provision = change.new === null ? undefined : byNumber(rendered.provisions, change.new);
          const list = marked.get(change.kind);
          if (provision && list) {
            const [start, headingEnd, end] = [provision.heading.start, provision.heading.end, provision.text.end].map((offset) => editor.document.positionAt(offset));
            list.push(new vscode.Range(start, end));
            labels.push({ range: new vscode.Range(start, headingEnd), renderOptions: { after: { contentText: changeSummary(change) } } });
          }
        }
      }
      for (const [kind, type] of this.types) {
        editor.setDecorations(type, marked.get(kind) ?? []);
      }
      editor.setDecorations(this.label, labels);
    }
  }
}

/** On a changed provision of the newer text, its change: the old wording struck through, the new in bold. */
export class ChangeHover implements vscode.HoverProvider {
  constructor(
    private readonly services: Services,
    private readonly shown: ShownComparison,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const ref = parsePolicyTextUri(document.uri);
    const newer = ref && (await this.services.findDocument(ref.documentId));
    const comparison = newer && this.shown.comparisonFor(newer, await olderVersion(this.services, newer));
    if (!ref || !comparison) {
      return undefined;
    }
    const place = placeAt(this.services.getRendered(comparison.to, ref.language), document.offsetAt(position));
    const change = place.kind === 'provision' ? comparison.result.changes.find((candidate) => candidate.new === place.number) : undefined;
    if (!change || (change.kind !== 'changed' && change.kind !== 'added')) {
      return undefined;
    }
    return new vscode.Hover(changeMarkdown(comparison, change, ref.language));
  }
}

/** The version `document` revises, read alone (not the whole library): what its changes are shown against. */
async function olderVersion(services: Services, document: PolicyDocument): Promise<PolicyDocument | undefined> {
  return document.revises === undefined ? undefined : services.findDocument(document.revises);
}
