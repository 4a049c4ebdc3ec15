import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations/model/annotation';
import { selectionTarget } from '../../core/annotations/model/placement';
import { resolvePolicyText } from '../reading/policyText';
import { NotesServices } from './notesServices';
import { Call } from '../commands/declaration';
import { Values, markdown, optional, tagIds } from '../commands/readers';
import { Refused, isRefused, refused } from '../commands/result';
import { reported, storeToWrite } from './access';
import { OutcomeWithTags, withTags } from './newTags';
import { pickTags } from './tagPicks';

const REFUSALS = {
  empty: () => vscode.l10n.t('Select the words to annotate.'),
  outside: () => vscode.l10n.t('Select words in the text of one provision, not its heading or the preamble.'),
  across: () => vscode.l10n.t('The selection spans two provisions: annotate the words of each separately.'),
} as const;

/** How Annotate Selection reads its argument object. */
export const ANNOTATE_SELECTION_ARGS = { tags: optional(tagIds), note: optional(markdown) };

/**
 * `policyAnnotator.annotateSelection` `{ tags?, note? }`: annotates the words selected in the
 * active side-by-side editor, in that editor's language. Without arguments it asks for tags and
 * a note (both may be left empty, which marks the words only).
 */
export function annotateSelectionCommand(services: NotesServices): (call: Call<Values<typeof ANNOTATE_SELECTION_ARGS>, never>) => Promise<OutcomeWithTags<Annotation> | Refused | undefined> {
  return async (call) => {
    const editor = vscode.window.activeTextEditor;
    const text = editor && (await resolvePolicyText(services.shared, editor.document.uri));
    if (!editor || !text) {
      return refused(vscode.l10n.t('Select words in a side-by-side editor (English or Chinese) to annotate them.'));
    }
    const { selection, document } = editor;
    const target = selectionTarget(text.renderings[text.language], document.offsetAt(selection.start), document.offsetAt(selection.end));
    if ('refused' in target) {
      return refused(REFUSALS[target.refused]());
    }
    const store = await storeToWrite(services.annotations);
    if (isRefused(store)) {
      return store;
    }
    const span = { language: text.language, start: target.start, end: target.end };
    const base = { document: text.document.id, provision: target.provision, span };
    if ('args' in call) {
      const { tags = [], note } = call.args;
      return reported(await withTags(store, tags, (ids) => store.add({ ...base, tags: ids, ...noteOf(note) })));
    }
    const title = vscode.l10n.t('Annotate Selection');
    const tags = await pickTags(store, [], title);
    if (tags && isRefused(tags)) {
      return tags;
    }
    const note = tags && (await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('A note (Markdown); leave it empty for none') }));
    return tags && note !== undefined ? reported(await store.add({ ...base, tags, ...noteOf(note) })) : undefined;
  };
}

function noteOf(note: string | undefined): { readonly note?: string } {
  return note === undefined ? {} : { note };
}
