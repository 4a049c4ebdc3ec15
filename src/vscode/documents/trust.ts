import * as vscode from 'vscode';
import { Refused, refused } from '../commands/result';
import { trustedToWrite } from '../commands/trust';
import { researchFolder } from '../researchFolder';

/** Adding and removing documents writes under policy-documents/, which Restricted Mode does not allow. */
function documentsWritable(): Promise<boolean> {
  return trustedToWrite(
    vscode.l10n.t('Documents are added and removed only in a trusted workspace.'),
    vscode.l10n.t('In Restricted Mode Policy Annotator shows the documents but does not write them. Trust this workspace, then try again.'),
  );
}

/**
 * The workspace folder whose policy-documents/ Add and Remove Document write, or, refused and
 * shown, why they may not: no folder open, or the workspace not trusted (`untrusted` says what
 * was not done).
 */
export async function writableDocumentsFolder(untrusted: string): Promise<vscode.WorkspaceFolder | Refused> {
  const folder = researchFolder();
  if (!folder) {
    return refused(vscode.l10n.t('Open a folder to add documents to.'));
  }
  return (await documentsWritable()) ? folder : refused(untrusted);
}
