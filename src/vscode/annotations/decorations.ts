import * as vscode from 'vscode';
import { Highlight, highlights } from '../../core/annotations/model/highlights';
import { resolvePolicyText } from '../reading/policyText';
import { POLICY_SCHEME } from '../reading/policyUri';
import { NotesServices } from './notesServices';
import { placeAnnotations } from './placements';

// Alpha appended to a tag's #rrggbb: the words read clearly through the fill; their translation is marked more faintly.
const WORDS_ALPHA = '47';
const ALIGNED_ALPHA = '1c';

/** The theme's colours, for annotations without a tag the codebook knows (see package.json `colors`). */
const THEME = {
  words: new vscode.ThemeColor('policyAnnotator.annotationBackground'),
  aligned: new vscode.ThemeColor('policyAnnotator.alignedAnnotationBackground'),
  // Transparent except in high-contrast themes, where fills are not drawn.
  border: new vscode.ThemeColor('policyAnnotator.annotationBorder'),
};

function typeOptions(kind: Highlight['kind'], color: string | undefined): vscode.DecorationRenderOptions {
  const rangeBehavior = vscode.DecorationRangeBehavior.ClosedClosed;
  if (kind === 'heading') {
    // The labels come with each heading (renderOptions), in its tag's colour.
    return { rangeBehavior, after: { margin: '0 0 0 1.5em', fontStyle: 'italic' } };
  }
  const border = { border: '1px solid', borderColor: THEME.border, borderRadius: '2px' };
  if (kind === 'words') {
    return {
      ...border,
      rangeBehavior,
      backgroundColor: color ? `${color}${WORDS_ALPHA}` : THEME.words,
      overviewRulerColor: color ?? THEME.words,
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    };
  }
  return {
    ...border,
    rangeBehavior,
    backgroundColor: color ? `${color}${ALIGNED_ALPHA}` : THEME.aligned,
    borderStyle: 'none none dotted none',
    borderColor: color ?? THEME.border,
  };
}

/**
 * Tags and notes as coloured marks in the side-by-side editors: the annotated words in their
 * tag's colour (the codebook's, else the theme's) with a mark in the overview ruler, their aligned
 * translation more faintly, and whole-provision tags listed after the heading. One decoration type
 * per kind and colour, made when first needed.
 */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[];
  private latest = 0;

  constructor(private readonly services: NotesServices) {
    const refresh = (): void => {
      this.refresh().catch((error: unknown) => services.shared.log.warn('annotation decorations:', error));
    };
    this.disposables = [services.annotations.onDidChange(refresh), vscode.window.onDidChangeVisibleTextEditors(refresh)];
    refresh();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables, ...this.types.values()).dispose();
  }

  private async refresh(): Promise<void> {
    const asked = ++this.latest;
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.scheme === POLICY_SCHEME);
    for (const editor of editors) {
      const text = await resolvePolicyText(this.services.shared, editor.document.uri);
      // Showing a policy text is reading it: its notes belong on it (and are read now if they were not).
      const store = text && (await this.services.annotations.storeFor(text.document.id).catch(() => undefined));
      // A newer refresh has the newer annotations.
      if (!text || !store || asked !== this.latest) {
        continue;
      }
      const placed = placeAnnotations(this.services.shared, store, text.document, store.annotationsOn(text.document.id));
      const byType = new Map<string, vscode.DecorationOptions[]>([...this.types.keys()].map((key) => [key, []]));
      for (const highlight of highlights(placed, store.codebook, text.language)) {
        const key = this.typeFor(highlight);
        const range = new vscode.Range(editor.document.positionAt(highlight.range.start), editor.document.positionAt(highlight.range.end));
        const renderOptions = highlight.kind === 'heading' ? { after: { contentText: `● ${highlight.labels.join(' · ')}`, color: highlight.color } } : undefined;
        byType.set(key, [...(byType.get(key) ?? []), { range, ...(renderOptions && { renderOptions }) }]);
      }
      for (const [key, options] of byType) {
        const type = this.types.get(key);
        if (type) {
          editor.setDecorations(type, options);
        }
      }
    }
  }

  private typeFor(highlight: Highlight): string {
    const color = highlight.kind === 'heading' ? undefined : highlight.color;
    const key = `${highlight.kind}:${color ?? 'theme'}`;
    if (!this.types.has(key)) {
      this.types.set(key, vscode.window.createTextEditorDecorationType(typeOptions(highlight.kind, color)));
    }
    return key;
  }
}
