import * as vscode from 'vscode';
import { ReferenceArgs, argumentObject, readReferenceArgs, resolveReferenceArgs } from './commandArgs';
import { insertAtSelections, writableEditor } from './editorInsert';
import { pickProvision } from '../search/pickProvision';
import { ProvisionSearcher } from '../search/searcher';
import { failed } from './messages';
import { ReferenceFormats } from './referenceFormats';

/**
 * `policyAnnotator.insertReference`: asks for a provision (or takes `{ document?, provision,
 * format? }`) and writes its reference at every cursor of the active editor, in the draft's
 * default format unless one is named. Resolves with the text inserted, or undefined.
 */
export function insertReferenceCommand(formats: ReferenceFormats, searcher: ProvisionSearcher): (value?: unknown) => Promise<string | undefined> {
  return async (value) => {
    const editor = writableEditor();
    if (!editor) {
      return failed(vscode.l10n.t('Open a draft (Markdown, LaTeX or text) to insert a reference into.'));
    }
    const active = await formats.get();
    const object = argumentObject(value);
    let args: ReferenceArgs;
    if (object) {
      const read = readReferenceArgs(object);
      if ('error' in read) {
        return failed(read.error);
      }
      args = read.args;
    } else {
      const picked = await pickProvision(active.library, searcher, vscode.l10n.t('Insert Reference'));
      if (!picked) {
        return undefined;
      }
      args = { document: picked.document.id, provision: picked.provision.number };
    }
    const resolved = resolveReferenceArgs(active, args);
    if ('error' in resolved) {
      return failed(resolved.error);
    }
    const { document, provision, format = active.defaultFormat(editor.document.languageId) } = resolved.args;
    const text = active.render(format, document, provision);
    return (await insertAtSelections(editor, () => text)) ? text : failed(vscode.l10n.t('The editor did not accept the text.'));
  };
}
