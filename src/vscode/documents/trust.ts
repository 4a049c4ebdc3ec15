import * as vscode from 'vscode';
import { trustedToWrite } from '../commands/trust';

/** Adding and removing documents writes under policy-documents/, which Restricted Mode does not allow. */
export function documentsWritable(): Promise<boolean> {
  return trustedToWrite(
    vscode.l10n.t('Documents are added and removed only in a trusted workspace.'),
    vscode.l10n.t('In Restricted Mode Policy Annotator shows the documents but does not write them. Trust this workspace, then try again.'),
  );
}
