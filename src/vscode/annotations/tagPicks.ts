import * as vscode from 'vscode';
import { Codebook, Tag } from '../../core/annotations/model/annotation';
import { CODEBOOK_SCHEMA } from '../../core/annotations/files/schemas';
import { AnnotationStore } from '../../core/annotations/store/store';
import { nextTagColor } from '../../core/annotations/model/tagColors';
import { tagTree } from '../../core/annotations/model/tagTree';
import { otherLanguage } from '../../core/model';
import { treeTitleLanguage } from '../reading/settings';

/**
 * The codebook schema's rule for tag ids: one definition for the files, the editors and this prompt
 * (the store checks saves against the schema in any case).
 */
const TAG_ID = new RegExp(CODEBOOK_SCHEMA.definitions?.tagId?.pattern ?? '');

interface TagItem extends vscode.QuickPickItem {
  readonly tagId?: string;
}

/** The codebook's tags as pick items, children indented under their parents. */
function tagItems(codebook: Codebook, selected: readonly string[] = []): TagItem[] {
  const language = treeTitleLanguage();
  return tagTree(codebook).map(({ tag, depth }) => ({
    label: `${'\u2003'.repeat(depth)}${tag.label[language]}`,
    description: `${tag.label[otherLanguage(language)]} · ${tag.id}`,
    detail: tag.description || undefined,
    picked: selected.includes(tag.id),
    tagId: tag.id,
  }));
}

/** One tag of the codebook, or undefined when dismissed. */
export async function pickTag(codebook: Codebook, title: string, exclude?: string): Promise<string | undefined> {
  const items = tagItems({ tags: codebook.tags.filter((tag) => tag.id !== exclude) });
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('A tag'), matchOnDescription: true });
  return picked?.tagId;
}

/**
 * Tags to put on something, the ones it has already picked, with "New Tag…" to add one to the
 * codebook on the way. Resolves with the tag ids chosen, or undefined when dismissed.
 */
export async function pickTags(store: AnnotationStore, selected: readonly string[], title: string): Promise<string[] | undefined> {
  const newTag: TagItem = { label: `$(add) ${vscode.l10n.t('New Tag…')}`, alwaysShow: true };
  const picked = await vscode.window.showQuickPick([...tagItems(store.codebook, selected), newTag], {
    title,
    placeHolder: vscode.l10n.t('Tags from the codebook'),
    canPickMany: true,
    matchOnDescription: true,
  });
  if (!picked) {
    return undefined;
  }
  const ids = picked.flatMap((item) => (item.tagId === undefined ? [] : [item.tagId]));
  if (picked.includes(newTag)) {
    const created = await askForNewTag(store.codebook, undefined);
    const added = created && (await store.addTag(created));
    if (!added?.ok) {
      if (added) {
        void vscode.window.showErrorMessage(added.reason);
      }
      return undefined;
    }
    ids.push(added.value.id);
  }
  return ids;
}

/** "content-control" → "Content control", as a first guess at a label. */
function labelFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Asks for a tag id and its labels; the colour is the palette's next (the codebook can change it). */
export async function askForNewTag(codebook: Codebook, parent: string | undefined): Promise<Tag | undefined> {
  const title = vscode.l10n.t('New Tag');
  const id = await askForTagId(codebook, title, '');
  const en = id && (await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('The label in English'), value: labelFromId(id), validateInput: required }));
  const zh = en && (await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('The label in Chinese'), value: en, validateInput: required }));
  if (!id || !en || !zh) {
    return undefined;
  }
  return { id, label: { en: en.trim(), zh: zh.trim() }, description: '', color: nextTagColor(codebook), ...(parent !== undefined && { parent }) };
}

/** A tag id that the codebook does not have yet. */
export function askForTagId(codebook: Codebook, title: string, value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('The tag id, stored in the notes: lower-case letters, digits, - and _, starting with a letter'),
    value,
    validateInput: (input) => {
      if (!TAG_ID.test(input)) {
        return vscode.l10n.t('Lower-case letters, digits, - and _, starting with a letter.');
      }
      return codebook.tags.some((tag) => tag.id === input) ? vscode.l10n.t('The codebook already has a tag "{0}".', input) : undefined;
    },
  });
}

function required(input: string): string | undefined {
  return input.trim() === '' ? vscode.l10n.t('A label cannot be empty.') : undefined;
}
