import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';
import { NotesServices } from './notesServices';
import { ARGUMENT_MESSAGES } from '../commands/messages';
import { Call } from '../commands/declaration';
import { Values, markdown, optional, provisionNumber, tagIds, text } from '../commands/readers';
import { Refused, isRefused, refusal, refused } from '../commands/result';
import { reported } from './access';
import { OutcomeWithTags, withTags } from './newTags';
import { ownProvisionAnnotation } from './ownAnnotations';
import { pickTags } from './tagPicks';
import { ProvisionTarget, provisionTarget } from './targets';
import { ProvisionNode } from '../tree/nodes';
import { writeCommand } from './writeCommand';
import { numberKey } from '../../core/model';

type AnnotationCommand<A> = (call: Call<A, ProvisionNode>) => Promise<OutcomeWithTags<Annotation> | Refused | undefined>;

/** How Tag Provision reads its argument object. */
export const TAG_PROVISION_ARGS = { document: optional(text), provision: provisionNumber, tags: optional(tagIds) };

/** How Add Note reads its argument object. */
export const ADD_NOTE_ARGS = { document: optional(text), provision: provisionNumber, note: optional(markdown), tags: optional(tagIds) };

/** The provision the argument names: `{ document?, provision }`, the library's default document when none is named. */
async function targetOf(services: NotesServices, args: { readonly document?: string; readonly provision: number }): Promise<ProvisionTarget> {
  return { document: args.document ?? (await services.shared.getLibrary()).defaultDocument.id, provision: args.provision };
}

/** Adds the tags to the provision, one after the other; the first refusal stops it, and no tags at all is one. */
async function addProvisionTags(store: AnnotationStore, target: ProvisionTarget, tags: readonly string[]): Promise<Outcome<Annotation>> {
  let outcome: Outcome<Annotation> = refusal(ARGUMENT_MESSAGES.tags());
  for (const tag of tags) {
    outcome = await store.tagProvision(target.document, target.provision, tag);
    if (!outcome.ok) {
      return outcome;
    }
  }
  return outcome;
}

/**
 * Makes the tags of this coder's whole-provision annotation the ones chosen, in one save; an
 * annotation left with neither tags nor a note is removed. Undefined when nothing was to change.
 */
async function setProvisionTags(store: AnnotationStore, target: ProvisionTarget, tags: readonly string[]): Promise<Outcome<Annotation> | undefined> {
  const mine = ownProvisionAnnotation(store, target);
  if (!mine) {
    return tags.length > 0 ? store.add({ ...target, tags }) : undefined;
  }
  if (tags.length === 0 && mine.note === undefined) {
    const deleted = await store.delete(mine.id);
    return deleted.ok ? { ok: true, value: { ...mine, tags: [] }, written: deleted.written } : deleted;
  }
  return store.update(mine.id, { tags });
}

/**
 * `policyAnnotator.tagProvision` `{ document?, provision, tags }` adds the tags to the provision
 * (this coder's whole-provision annotation); tags the codebook lacks are added to it first. From the UI — a Provisions tree item, a side-by-side
 * editor, or the palette, which asks for the provision — it offers the codebook with the
 * provision's tags picked, and the tags chosen replace them.
 */
export function tagProvisionCommand(services: NotesServices): AnnotationCommand<Values<typeof TAG_PROVISION_ARGS>> {
  return writeCommand(services.annotations, {
    withArgs: async (store, values) => {
      const target = await targetOf(services, values);
      return reported(await withTags(store, values.tags ?? [], (ids) => addProvisionTags(store, target, ids)));
    },
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Tag Provision');
      const target = await provisionTarget(services, item, title);
      const tags = target && (await pickTags(store, ownProvisionAnnotation(store, target)?.tags ?? [], `${title} ¶${numberKey(target.provision)}`));
      if (tags && isRefused(tags)) {
        return tags;
      }
      const outcome = target && tags && (await setProvisionTags(store, target, tags));
      return outcome && reported(outcome);
    },
  });
}

/** `policyAnnotator.addNote` `{ document?, provision, note, tags? }`: a note on the whole provision. Without arguments it asks. */
export function addNoteCommand(services: NotesServices): AnnotationCommand<Values<typeof ADD_NOTE_ARGS>> {
  return writeCommand(services.annotations, {
    withArgs: async (store, values) => {
      const { note, tags = [] } = values;
      if (note === undefined || note.trim() === '') {
        return refused(ARGUMENT_MESSAGES.noteNeeded());
      }
      const target = await targetOf(services, values);
      return reported(await withTags(store, tags, (ids) => store.add({ ...target, note, tags: ids })));
    },
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Add Note');
      const target = await provisionTarget(services, item, title);
      const note =
        target &&
        (await vscode.window.showInputBox({
          title: `${title} ¶${numberKey(target.provision)}`,
          prompt: vscode.l10n.t('The note (Markdown). Longer notes are easier to write in the comment box beside the text.'),
          validateInput: (input) => (input.trim() === '' ? vscode.l10n.t('A note cannot be empty.') : undefined),
        }));
      return target && note ? reported(await store.add({ ...target, note })) : undefined;
    },
  });
}
