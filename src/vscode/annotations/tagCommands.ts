import * as vscode from 'vscode';
import { Tag } from '../../core/annotations/model/annotation';
import { Outcome } from '../../core/annotations/store/store';
import { nextTagColor } from '../../core/annotations/model/tagColors';
import { labelFromId } from '../../core/annotations/model/tagNames';
import { Refused, reported } from './access';
import { AnnotationService } from './annotationService';
import { ArgumentError, optionalString, stringArg, writeCommand } from './args';
import { tagIdOfItem } from './itemIds';
import { askForNewTag, askForTagId, pickTag } from './tagPicks';

type TagCommand<T> = (value?: unknown) => Promise<Outcome<T> | Refused | undefined>;

/** `label`: one string for both languages, or `{ en, zh }`; absent, a label made from the id. */
function labelArg(args: Record<string, unknown>, id: string): Tag['label'] {
  const { label } = args;
  if (label === undefined) {
    const fromId = labelFromId(id);
    return { en: fromId, zh: fromId };
  }
  if (typeof label === 'string' && label.trim() !== '') {
    return { en: label.trim(), zh: label.trim() };
  }
  const { en, zh } = (typeof label === 'object' && label !== null ? label : {}) as Record<string, unknown>;
  if (typeof en !== 'string' || typeof zh !== 'string' || en.trim() === '' || zh.trim() === '') {
    throw new ArgumentError(vscode.l10n.t('"label" must be a string (for both languages) or an object with "en" and "zh" strings.'));
  }
  return { en: en.trim(), zh: zh.trim() };
}

/**
 * `policyAnnotator.newTag` `{ id, label?: string | { en, zh }, description?, color?, parent? }` adds
 * a tag to the codebook (label: from the id; colour: the palette's next). Without arguments it asks; run on
 * a tag in the Tags view, the new tag goes under it.
 */
export function newTagCommand(service: AnnotationService): TagCommand<Tag> {
  return writeCommand(service, {
    withArgs: async (store, args) => {
      const id = stringArg(args, 'id');
      const parent = optionalString(args, 'parent');
      const tag: Tag = {
        id,
        label: labelArg(args, id),
        description: optionalString(args, 'description') ?? '',
        color: optionalString(args, 'color') ?? nextTagColor(store.codebook),
        ...(parent !== undefined && { parent }),
      };
      return reported(await store.addTag(tag));
    },
    withUi: async (store, item) => {
      const tag = await askForNewTag(store.codebook, tagIdOfItem(item));
      return tag && reported(await store.addTag(tag));
    },
  });
}

/** `policyAnnotator.renameTag` `{ from, to }`: a new id for a tag, in the codebook and in every notes file that uses it. */
export function renameTagCommand(service: AnnotationService): TagCommand<string> {
  return writeCommand(service, {
    withArgs: async (store, args) => reported(await store.renameTag(stringArg(args, 'from'), stringArg(args, 'to'))),
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Rename Tag');
      const from = tagIdOfItem(item) ?? (await pickTag(store.codebook, title));
      const to = from && (await askForTagId(store.codebook, title, from));
      return from && to ? reported(await store.renameTag(from, to)) : undefined;
    },
  });
}

/** `policyAnnotator.mergeTags` `{ from, into }`: removes tag `from`; what it tagged is tagged `into`. Asks to confirm when run from the UI. */
export function mergeTagsCommand(service: AnnotationService): TagCommand<string> {
  return writeCommand(service, {
    withArgs: async (store, args) => reported(await store.mergeTags(stringArg(args, 'from'), stringArg(args, 'into'))),
    withUi: async (store, item) => {
      const title = vscode.l10n.t('Merge Tags');
      const from = tagIdOfItem(item) ?? (await pickTag(store.codebook, title));
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
