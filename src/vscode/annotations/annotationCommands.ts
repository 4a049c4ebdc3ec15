import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';
import { Refused, isRefused, refused, reported } from './access';
import { AnnotationService } from './annotationService';
import { optionalNote, optionalTags, stringArg, writeCommand } from './args';
import { annotationIdOfItem } from './itemIds';
import { OutcomeWithTags, withTags } from './newTags';
import { pickOwnAnnotation } from './pickAnnotation';
import { pickTags } from './tagPicks';

/** The annotation a menu item names, or the one the user picks. */
async function chosenAnnotation(store: AnnotationStore, item: unknown, title: string): Promise<Annotation | Refused | undefined> {
  const id = annotationIdOfItem(item);
  if (id === undefined) {
    return pickOwnAnnotation(store, title);
  }
  return store.annotation(id) ?? refused(vscode.l10n.t('The annotation {0} is gone (deleted in another window or by hand).', id));
}

/**
 * `policyAnnotator.editAnnotation` `{ id, tags?, note? }`: new tags and/or note (an empty note
 * removes it); tags the codebook lacks are added to it first. From the UI it asks for the note, then the tags.
 */
export function editAnnotationCommand(service: AnnotationService): (value?: unknown) => Promise<OutcomeWithTags<Annotation> | Refused | undefined> {
  return writeCommand(service, {
    withArgs: async (store, args) => {
      const id = stringArg(args, 'id');
      const names = optionalTags(args);
      const note = optionalNote(args);
      const edit = (tags: readonly string[] | undefined) => store.update(id, { ...(tags && { tags }), ...(note !== undefined && { note }) });
      return reported(await (names ? withTags(store, names, edit) : edit(undefined)));
    },
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Edit Annotation');
      const annotation = await chosenAnnotation(store, item, title);
      if (!annotation || isRefused(annotation)) {
        return annotation;
      }
      const note = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('The note (Markdown); empty removes it'), value: annotation.note ?? '' });
      const tags = note !== undefined ? await pickTags(store, annotation.tags, title) : undefined;
      return note !== undefined && tags ? reported(await store.update(annotation.id, { tags, note })) : undefined;
    },
  });
}

/** `policyAnnotator.deleteAnnotation` `{ id }` deletes without asking; from the UI it asks first. */
export function deleteAnnotationCommand(service: AnnotationService): (value?: unknown) => Promise<Outcome<void> | Refused | undefined> {
  return writeCommand(service, {
    withArgs: async (store, args) => reported(await store.delete(stringArg(args, 'id'))),
    withUi: async (store, item) => {
      const annotation = await chosenAnnotation(store, item, vscode.l10n.t('Delete Annotation'));
      if (!annotation || isRefused(annotation)) {
        return annotation;
      }
      return (await confirmDeletion(annotation)) ? reported(await store.delete(annotation.id)) : undefined;
    },
  });
}

/** Asks before a deletion from the UI; git keeps history, but the user should not lose a note by a slip. */
export async function confirmDeletion(annotation: Annotation): Promise<boolean> {
  const remove = vscode.l10n.t('Delete');
  const what = annotation.note?.split('\n')[0] ?? annotation.tags.join(', ');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete this annotation on ¶{0}?', annotation.provision), { modal: true, detail: what }, remove);
  return answer === remove;
}
