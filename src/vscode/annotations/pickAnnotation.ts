import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore } from '../../core/annotations/store/store';
import { treeTitleLanguage } from '../reading/settings';
import { annotationLabel } from './labels';
import { isOwn } from './ownAnnotations';
import { numberKey } from '../../core/model';

interface AnnotationPick extends vscode.QuickPickItem {
  readonly annotation: Annotation;
}

/** One of this coder's annotations, in document order; undefined when dismissed. */
export async function pickOwnAnnotation(store: AnnotationStore, title: string): Promise<Annotation | undefined> {
  const language = treeTitleLanguage();
  const items = store
    .annotations()
    .filter((annotation) => isOwn(store, annotation))
    .map(
      (annotation): AnnotationPick => ({
        label: annotationLabel(annotation, store.codebook, language),
        description: `¶${numberKey(annotation.provision)}${annotation.span ? ` · “${annotation.span.exact}”` : ''}`,
        detail: annotation.note,
        annotation,
      }),
    );
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('One of your annotations'), matchOnDescription: true, matchOnDetail: true });
  return picked?.annotation;
}
