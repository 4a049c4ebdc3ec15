import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore } from '../../core/annotations/store/store';
import { Language } from '../../core/model';
import { excerpt } from '../../core/references/excerpt';
import { annotationLabel, annotationMarkdown } from './labels';
import { isOwn } from './ownAnnotations';
import { COMMANDS } from '../commands/commandIds';

// The quoted words beside the label, enough to recognise them.
const QUOTE_LENGTH = 40;

/**
 * An annotation as a tree item, in the Provisions and the Tags views alike: its tags (or the
 * note's first line), the quoted words and the coder beside it, the whole note as an untrusted
 * tooltip, and a click that shows it in the side-by-side editors.
 */
export function annotationTreeItem(store: AnnotationStore, annotation: Annotation, language: Language, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(annotationLabel(annotation, store.codebook, language), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const orphaned = store.anchor(annotation)?.status === 'orphaned';
  const quote = annotation.span && `“${excerpt(annotation.span.exact, QUOTE_LENGTH)}”`;
  item.description = [quote, orphaned ? vscode.l10n.t('(orphaned)') : undefined, annotation.author].filter((part) => part !== undefined).join(' · ');
  item.tooltip = annotationMarkdown(annotation, store.codebook, language, orphaned);
  item.iconPath = new vscode.ThemeIcon(orphaned ? 'warning' : annotation.note ? 'note' : annotation.span ? 'symbol-string' : 'tag');
  // Own annotations get edit and delete in the context menu; a teammate's file is theirs to change.
  item.contextValue = isOwn(store, annotation) ? 'policyAnnotation.own' : 'policyAnnotation';
  item.command = { command: COMMANDS.revealAnnotation, title: vscode.l10n.t('Show in the Text'), arguments: [{ id: annotation.id }] };
  return item;
}
