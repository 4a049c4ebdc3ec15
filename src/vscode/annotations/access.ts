import * as vscode from 'vscode';
import { AnnotationStore, Outcome } from '../../core/annotations/store/store';
import { messageOf } from '../../core/lib/messageOf';
import { Refused, refused } from '../commands/result';
import { trustedToWrite } from '../commands/trust';
import { AnnotationService } from './annotationService';

/**
 * Shows the store's reason when it wrote nothing (e.g. "policy-notes/…/li-wei.yaml is not written
 * while it has errors: 4:1 …"): a file with errors is never rewritten, so that nothing written by
 * hand or by git is lost. The outcome is returned as it is.
 */
export function reported<T>(outcome: Outcome<T>): Outcome<T> {
  if (!outcome.ok) {
    refused(outcome.reason);
  }
  return outcome;
}

/** The store for reading; a refusal without a workspace folder or when the notes cannot be listed. */
export async function storeToRead(service: AnnotationService): Promise<AnnotationStore | Refused> {
  try {
    return (await service.store()) ?? refused(vscode.l10n.t('Open a folder to keep notes in.'));
  } catch (thrown) {
    return refused(vscode.l10n.t('The notes could not be read: {0}', messageOf(thrown)));
  }
}

/**
 * The store for writing, which a workspace in Restricted Mode does not get: notes are files in the
 * workspace, and an untrusted workspace's settings choose where they go. The user is asked to trust
 * it, and nothing is written unless they have.
 */
export async function storeToWrite(service: AnnotationService): Promise<AnnotationStore | Refused> {
  const trusted = await trustedToWrite(
    vscode.l10n.t('Notes are saved only in a trusted workspace.'),
    vscode.l10n.t('In Restricted Mode Policy Annotator shows the notes but does not write them. Trust this workspace, then try again.'),
  );
  if (!trusted) {
    return { ok: false, reason: vscode.l10n.t('Nothing was saved: the workspace is not trusted.') };
  }
  return storeToRead(service);
}
