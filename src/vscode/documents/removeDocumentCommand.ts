import * as vscode from 'vscode';
import { DOCUMENTS_FOLDER } from '../../core/documents/documentFile';
import { Call } from '../commands/declaration';
import { DocumentNode } from '../tree/nodes';
import { Refused, refused } from '../commands/result';
import { Services } from '../services';
import { pickDocument } from './pickDocument';
import { writableDocumentsFolder } from './trust';

/** What Remove Document returns: the id of the document removed. */
export interface RemovedDocument {
  readonly ok: true;
  readonly id: string;
}

/**
 * Policy: Remove Document: deletes `policy-documents/<id>/` (to the trash where there is one). The
 * notes on it stay in `policy-notes/<id>/`: adding the document again brings them back.
 * With `{ document }` it asks nothing; from the tree it removes the document clicked, after asking.
 */
export function removeDocumentCommand(services: Services): (call: Call<{ document: string }, DocumentNode>) => Promise<RemovedDocument | Refused | undefined> {
  return async (call) => {
    const folder = await writableDocumentsFolder(vscode.l10n.t('Nothing was removed: the workspace is not trusted.'));
    if ('ok' in folder) {
      return folder;
    }
    const library = await services.getLibrary();
    const removable = library.documents.filter((document) => !services.isEmbedded(document.id));
    let id: string | undefined;
    if ('args' in call) {
      id = call.args.document;
    } else {
      const clicked = call.item?.document.id;
      if (clicked === undefined && removable.length === 0) {
        return refused(vscode.l10n.t('This workspace has no documents of its own to remove.'));
      }
      id = clicked ?? (await pickDocument(removable, { title: vscode.l10n.t('Remove Document'), placeHolder: vscode.l10n.t('The document to remove (its notes stay)') }))?.id;
      if (id === undefined) {
        return undefined;
      }
      const remove = vscode.l10n.t('Remove');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Remove {0} from this workspace? Its notes stay in the notes folder.', id),
        { modal: true },
        remove,
      );
      if (answer !== remove) {
        return undefined;
      }
    }
    if (!removable.some((document) => document.id === id)) {
      return refused(vscode.l10n.t('{0} is not a document of this workspace.', id));
    }
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, DOCUMENTS_FOLDER, id), { recursive: true, useTrash: false });
    services.reloadLibrary();
    return { ok: true, id };
  };
}
