import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';
import { Call } from '../commands/declaration';
import { Values, markdown, optional, tagIds, text } from '../commands/readers';
import { Refused, isRefused, refused } from '../commands/result';
import { reported } from './access';
import { AnnotationService } from './annotationService';
import { AnnotationItem } from './itemIds';
import { OutcomeWithTags, withTags } from './newTags';
import { pickOwnAnnotation } from './pickAnnotation';
import { pickTags } from './tagPicks';
import { writeCommand } from './writeCommand';

/** The annotation a menu item names, or the one the user picks. */
async function chosenAnnotation(store: AnnotationStore, item: AnnotationItem | undefined, title: string): Promise<Annotation | Refused | undefined> {
  const id = item?.annotationId;
  if (id === undefined) {
    return pickOwnAnnotation(store, title);
  }
  return store.annotation(id) ?? refused(vscode.l10n.t('The annotation {0} is gone (deleted in another window or by hand).', id));
}

/** How Edit Annotation reads its argument object. */
export const EDIT_ANNOTATION_ARGS = { id: text, tags: optional(tagIds), note: optional(markdown) };

/**
 * `policyAnnotator.editAnnotation` `{ id, tags?, note? }`: new tags and/or note (an empty note
 * removes it); tags the codebook lacks are added to it first. From the UI it asks for the note, then the tags.
 */
export function editAnnotationCommand(service: AnnotationService): (call: Call<Values<typeof EDIT_ANNOTATION_ARGS>, AnnotationItem>) => Promise<OutcomeWithTags<Annotation> | Refused | undefined> {
  return writeCommand(service, {
    withArgs: async (store, { id, tags: names, note }) => {
      const edit = (tags: readonly string[] | undefined): Promise<Outcome<Annotation>> => store.update(id, { ...(tags && { tags }), ...(note !== undefined && { note }) });
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
      if (tags && isRefused(tags)) {
        return tags;
      }
      return note !== undefined && tags ? reported(await store.update(annotation.id, { tags, note })) : undefined;
    },
  });
}

/** `policyAnnotator.deleteAnnotation` `{ id }` deletes without asking; from the UI it asks first. */
export function deleteAnnotationCommand(service: AnnotationService): (call: Call<{ id: string }, AnnotationItem>) => Promise<Outcome<void> | Refused | undefined> {
  return writeCommand(service, {
    withArgs: async (store, { id }) => reported(await store.delete(id)),
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
