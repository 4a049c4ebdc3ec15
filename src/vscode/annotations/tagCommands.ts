import * as vscode from 'vscode';
import { Tag } from '../../core/annotations/model/annotation';
import { Outcome } from '../../core/annotations/store/store';
import { nextTagColor } from '../../core/annotations/model/tagColors';
import { labelFromId } from '../../core/annotations/model/tagNames';
import { Call } from '../commands/declaration';
import { Values, bilingual, optional, text } from '../commands/readers';
import { Refused } from '../commands/result';
import { reported } from './access';
import { AnnotationService } from './annotationService';
import { TagNode, tagIdOfNode } from './itemIds';
import { askForNewTag, askForTagId, pickTag } from './tagPicks';
import { writeCommand } from './writeCommand';

type TagCommand<A, T> = (call: Call<A, TagNode>) => Promise<Outcome<T> | Refused | undefined>;

/** How New Tag reads its argument object. */
export const NEW_TAG_ARGS = { id: text, label: optional(bilingual), description: optional(text), color: optional(text), parent: optional(text) };

/**
 * `policyAnnotator.newTag` `{ id, label?: string | { en, zh }, description?, color?, parent? }` adds
 * a tag to the codebook (label: from the id; colour: the palette's next). Without arguments it asks; run on
 * a tag in the Tags view, the new tag goes under it.
 */
export function newTagCommand(service: AnnotationService): TagCommand<Values<typeof NEW_TAG_ARGS>, Tag> {
  return writeCommand(service, {
    withArgs: async (store, values) => {
      const { id, label = { en: labelFromId(id), zh: labelFromId(id) }, description = '', color = nextTagColor(store.codebook), parent } = values;
      const tag: Tag = { id, label, description, color, ...(parent !== undefined && { parent }) };
      return reported(await store.addTag(tag));
    },
    withUi: async (store, item) => {
      const tag = await askForNewTag(store.codebook, item && tagIdOfNode(item));
      return tag && reported(await store.addTag(tag));
    },
  });
}

/** `policyAnnotator.renameTag` `{ from, to }`: a new id for a tag, in the codebook and in every notes file that uses it. */
export function renameTagCommand(service: AnnotationService): TagCommand<{ from: string; to: string }, string> {
  return writeCommand(service, {
    withArgs: async (store, { from, to }) => reported(await store.renameTag(from, to)),
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Rename Tag');
      const from = (item && tagIdOfNode(item)) ?? (await pickTag(store.codebook, title));
      const to = from && (await askForTagId(store.codebook, title, from));
      return from && to ? reported(await store.renameTag(from, to)) : undefined;
    },
  });
}

/** `policyAnnotator.mergeTags` `{ from, into }`: removes tag `from`; what it tagged is tagged `into`. Asks to confirm when run from the UI. */
export function mergeTagsCommand(service: AnnotationService): TagCommand<{ from: string; into: string }, string> {
  return writeCommand(service, {
    withArgs: async (store, { from, into }) => reported(await store.mergeTags(from, into)),
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Merge Tags');
      const from = (item && tagIdOfNode(item)) ?? (await pickTag(store.codebook, title));
      const into = from && (await pickTag(store.codebook, vscode.l10n.t('Merge "{0}" into', from), from));
      if (!from || !into) {
        return undefined;
      }
      const merge = vscode.l10n.t('Merge');
      const confirmed = await vscode.window.showWarningMessage(
        vscode.l10n.t('Merge tag "{0}" into "{1}"?', from, into),
        { modal: true, detail: vscode.l10n.t('"{0}" leaves the codebook, and every note tagged "{0}" is tagged "{1}" instead, in every coder\'s file.', from, into) },
        merge,
      );
      return confirmed === merge ? reported(await store.mergeTags(from, into)) : undefined;
    },
  });
}
