import * as vscode from 'vscode';
import { Refused, refused } from '../commands/result';
import { Codebook, Tag } from '../../core/annotations/model/annotation';
import { AnnotationStore } from '../../core/annotations/store/store';
import { nextTagColor } from '../../core/annotations/model/tagColors';
import { TAG_ID, findTag, labelFromId, tagIdFromName } from '../../core/annotations/model/tagNames';
import { tagTree } from '../../core/annotations/model/tagTree';
import { otherLanguage } from '../../core/model';
import { treeTitleLanguage } from '../reading/settings';
import { announceNewTags } from './newTags';

interface TagItem extends vscode.QuickPickItem {
  readonly tagId?: string;
}

// Deeper levels indent no further, so that a long parent chain's labels grow with it, not its square.
const MAX_INDENT = 16;

/** The codebook's tags as pick items, children indented under their parents. */
function tagItems(codebook: Codebook, selected: readonly string[] = []): TagItem[] {
  const language = treeTitleLanguage();
  return tagTree(codebook).map(({ tag, depth }) => ({
    label: `${'\u2003'.repeat(Math.min(depth, MAX_INDENT))}${tag.label[language]}`,
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
 * Tags to put on something, the ones it has already picked. Typing a name that is no tag's id or
 * label offers "Create tag “…”" first, and Enter right after typing takes the typed tag (created
 * in the codebook, or the existing one it names) with the tags already picked: a code is made in
 * one keystroke, as in QDA tools. Resolves with the tag ids chosen, undefined when dismissed, or a
 * refusal (shown) when the codebook cannot take a new tag.
 */
export async function pickTags(store: AnnotationStore, selected: readonly string[], title: string): Promise<string[] | Refused | undefined> {
  const tags = tagItems(store.codebook, selected);
  const pick = vscode.window.createQuickPick<TagItem>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Tags from the codebook, or type a new one');
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.items = tags;
  pick.selectedItems = tags.filter((item) => item.picked);
  let create: TagItem | undefined;
  // The tags picked when the name was last typed: Enter with them unchanged means "the name typed".
  let pickedWhenTyped = chosenIds(pick.selectedItems);
  const chosen = new Promise<readonly string[] | undefined>((resolve) => {
    pick.onDidChangeValue((value) => {
      const picked = pick.selectedItems.filter((item) => item !== create);
      create = createItem(store, value);
      pick.items = create ? [create, ...tags] : tags;
      pick.selectedItems = picked;
      pickedWhenTyped = chosenIds(picked);
    });
    pick.onDidAccept(() => {
      const ids = chosenIds(pick.selectedItems);
      const typed = pick.value.trim();
      const justTyped = typed !== '' && ids.join('\n') === pickedWhenTyped.join('\n');
      const createPicked = create !== undefined && pick.selectedItems.includes(create);
      const takesTyped = createPicked || (justTyped && (create !== undefined || findTag(store.codebook.tags, typed) !== undefined));
      resolve(takesTyped ? [...ids, typed] : ids);
      pick.hide();
    });
    pick.onDidHide(() => resolve(undefined));
  });
  pick.show();
  const names = await chosen;
  pick.dispose();
  if (!names) {
    return undefined;
  }
  const provided = await store.provideTags(names);
  if (!provided.ok) {
    return refused(provided.reason);
  }
  if (provided.value.created.length > 0) {
    announceNewTags(provided.value.created.map((tag) => tag.id));
  }
  return [...provided.value.ids];
}

/** "Create tag “…”" for a typed name that is no tag yet and can be one. */
function createItem(store: AnnotationStore, value: string): TagItem | undefined {
  const name = value.trim();
  const id = tagIdFromName(name);
  if (name === '' || id === undefined || findTag(store.codebook.tags, name)) {
    return undefined;
  }
  return { label: `$(add) ${vscode.l10n.t('Create tag “{0}”', name)}`, description: id, alwaysShow: true };
}

function chosenIds(items: readonly TagItem[]): string[] {
  return items.flatMap((item) => (item.tagId === undefined ? [] : [item.tagId]));
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
