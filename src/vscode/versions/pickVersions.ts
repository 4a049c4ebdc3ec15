import * as vscode from 'vscode';
import { PolicyDocument } from '../../core/model';
import { documentIn, readArgs, text } from '../commands/readers';
import { Refused, refused } from '../commands/result';
import { parsePolicyTextUri } from '../reading/policyUri';
import { Services } from '../services';
import { documentName } from '../documents/documentName';
import { pickDocument } from '../documents/pickDocument';
import { uiLanguage } from '../reading/settings';

/** An old and a new version of a document, as the user or an argument object named them. */
export interface VersionPick {
  readonly from: PolicyDocument;
  readonly to: PolicyDocument;
}

/** How the commands on two versions read them: `{ old, new }`, document ids. */
export const VERSIONS_ARGS = { old: text, new: text };

/**
 * The two versions a command works on: `{ old, new }` (document ids) in an argument object, or
 * asked for, old first, then new; `preset` (the comparison on show) is offered first. Undefined
 * when the user dismisses a picker.
 */
export async function pickVersions(services: Services, given: { readonly old: string; readonly new: string } | undefined, title: string, preset?: VersionPick): Promise<VersionPick | Refused | undefined> {
  const library = await services.getLibrary();
  if (given) {
    const read = readArgs(given, { old: documentIn(library), new: documentIn(library) });
    if (!read.ok) {
      return refused(read.reason);
    }
    const { old: from, new: to } = read.value;
    return from.id === to.id ? refused(vscode.l10n.t('"old" and "new" name the same document.')) : { from, to };
  }
  if (library.documents.length < 2) {
    return refused(vscode.l10n.t('There is only one document: add another version of it first.'));
  }
  if (preset) {
    const same = vscode.l10n.t('{0} → {1}', documentName(preset.from, 'zh'), documentName(preset.to, 'zh'));
    const other = vscode.l10n.t('Other versions…');
    const answer = await vscode.window.showQuickPick([same, other], { title });
    if (answer === undefined) {
      return undefined;
    }
    if (answer === same) {
      return preset;
    }
  }
  const from = await pickDocument(library.documents, { title, placeHolder: vscode.l10n.t('The older version') });
  if (!from) {
    return undefined;
  }
  const to = await pickDocument(
    library.documents.filter((document) => document.id !== from.id),
    { title, placeHolder: vscode.l10n.t('The newer version of {0}', documentName(from, uiLanguage())) },
  );
  return to && { from, to };
}

/** The document in the active editor and the version it revises, if its metadata says so. */
export async function activeRevision(services: Services): Promise<VersionPick | undefined> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const ref = uri && parsePolicyTextUri(uri);
  const library = await services.getLibrary();
  const to = ref && library.document(ref.documentId);
  const from = to?.revises === undefined ? undefined : library.document(to.revises);
  return from && to && from.id !== to.id ? { from, to } : undefined;
}
