import * as vscode from 'vscode';
import { Call } from '../commands/declaration';
import { Refused, refused } from '../commands/result';
import { ReferenceArgs, resolveReferenceArgs } from './commandArgs';
import { insertAtSelections, writableEditor } from './editorInsert';
import { pickProvision } from '../search/pickProvision';
import { ProvisionSearcher } from '../search/searcher';
import { ReferenceFormats } from './referenceFormats';

/**
 * `policyAnnotator.insertReference`: asks for a provision (or takes `{ document?, provision,
 * format? }`) and writes its reference at every cursor of the active editor, in the draft's
 * default format unless one is named. Resolves with the text inserted, a
 * refusal (shown) when it inserted nothing, or undefined when the user cancelled the pick.
 */
export function insertReferenceCommand(formats: ReferenceFormats, searcher: ProvisionSearcher): (call: Call<ReferenceArgs, never>) => Promise<string | Refused | undefined> {
  return async (call) => {
    const editor = writableEditor();
    if (!editor) {
      return refused(vscode.l10n.t('Open a draft (Markdown, LaTeX or text) to insert a reference into.'));
    }
    const active = await formats.get();
    let args: ReferenceArgs;
    if ('args' in call) {
      args = call.args;
    } else {
      const picked = await pickProvision(active.library, searcher, vscode.l10n.t('Insert Reference'));
      if (!picked) {
        return undefined;
      }
      args = { document: picked.document.id, provision: picked.provision.number };
    }
    const resolved = resolveReferenceArgs(active, args);
    if (!resolved.ok) {
      return refused(resolved.reason);
    }
    const { document, provision, format = active.defaultFormat(editor.document.languageId) } = resolved.value;
    const text = active.render(format, document, provision);
    return (await insertAtSelections(editor, () => text)) ? text : refused(vscode.l10n.t('The editor did not accept the text.'));
  };
}
