import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';
import { Services } from '../services';
import { Refused, reported } from './access';
import { ArgumentError, optionalNote, optionalString, optionalTags, provisionArg, writeCommand } from './args';
import { OutcomeWithTags, withTags } from './newTags';
import { ownProvisionAnnotation } from './ownAnnotations';
import { pickTags } from './tagPicks';
import { ProvisionTarget, provisionTarget } from './targets';

type AnnotationCommand = (value?: unknown) => Promise<OutcomeWithTags<Annotation> | Refused | undefined>;

async function targetArgs(services: Services, args: Record<string, unknown>): Promise<ProvisionTarget> {
  const document = optionalString(args, 'document') ?? (await services.getLibrary()).defaultDocument.id;
  return { document, provision: provisionArg(args) };
}

/** Adds the tags to the provision, one after the other; the first refusal stops it. */
async function addProvisionTags(store: AnnotationStore, target: ProvisionTarget, tags: readonly string[]): Promise<Outcome<Annotation>> {
  let outcome: Outcome<Annotation> | undefined;
  for (const tag of tags) {
    outcome = await store.tagProvision(target.document, target.provision, tag);
    if (!outcome.ok) {
      return outcome;
    }
  }
  if (!outcome) {
    throw new ArgumentError(vscode.l10n.t('"tags" must be a list of tag ids, such as ["privacy"].'));
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
export function tagProvisionCommand(services: Services): AnnotationCommand {
  return writeCommand(services.annotations, {
    withArgs: async (store, args) => {
      const target = await targetArgs(services, args);
      return reported(await withTags(store, optionalTags(args) ?? [], (ids) => addProvisionTags(store, target, ids)));
    },
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Tag Provision');
      const target = await provisionTarget(services, item, title);
      const tags = target && (await pickTags(store, ownProvisionAnnotation(store, target)?.tags ?? [], `${title} ¶${target.provision}`));
      const outcome = target && tags && (await setProvisionTags(store, target, tags));
      return outcome && reported(outcome);
    },
  });
}

/** `policyAnnotator.addNote` `{ document?, provision, note, tags? }`: a note on the whole provision. Without arguments it asks. */
export function addNoteCommand(services: Services): AnnotationCommand {
  return writeCommand(services.annotations, {
    withArgs: async (store, args) => {
      const note = optionalNote(args);
      if (note === undefined || note.trim() === '') {
        throw new ArgumentError(vscode.l10n.t('The argument needs "note", the text of the note (Markdown).'));
      }
      const target = await targetArgs(services, args);
      return reported(await withTags(store, optionalTags(args) ?? [], (tags) => store.add({ ...target, note, tags })));
    },
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Add Note');
      const target = await provisionTarget(services, item, title);
      const note =
        target &&
        (await vscode.window.showInputBox({
          title: `${title} ¶${target.provision}`,
          prompt: vscode.l10n.t('The note (Markdown). Longer notes are easier to write in the comment box beside the text.'),
          validateInput: (input) => (input.trim() === '' ? vscode.l10n.t('A note cannot be empty.') : undefined),
        }));
      return target && note ? reported(await store.add({ ...target, note })) : undefined;
    },
  });
}
