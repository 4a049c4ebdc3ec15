import * as vscode from 'vscode';
import { AgreementReport, agreementReport } from '../../core/teams/agreement/agreementReport';
import { agreementMarkdown } from '../../core/teams/agreement/agreementText';
import { NotesAccess } from '../annotations';
import { Call } from '../commands/declaration';
import { Refused, isRefused, refused } from '../commands/result';
import { Services } from '../services';
import { GeneratedDocuments } from './generatedDocuments';

const REPORT_PATH = '/agreement.md';

/**
 * `policyAnnotator.showAgreement` `{ authors? }`: Cohen's κ and Krippendorff's α per tag (see
 * core/teams/agreementReport), shown as a read-only Markdown document, and returned. From the UI,
 * with more than two coders, it asks which to compare.
 */
export function showAgreementCommand(services: Services, notes: NotesAccess, documents: GeneratedDocuments): (call: Call<{ authors: string[] | undefined }, never>) => Promise<AgreementReport | Refused | undefined> {
  return async (call) => {
    const store = await notes.storeToRead();
    if (isRefused(store)) {
      return store;
    }
    const annotations = store.annotations();
    let authors: readonly string[] | undefined;
    if ('args' in call) {
      authors = call.args.authors;
    } else {
      const coders = [...new Set(annotations.map((annotation) => annotation.author))].sort();
      if (coders.length > 2) {
        const picked = await vscode.window.showQuickPick(
          coders.map((coder) => ({ label: coder, picked: true })),
          { title: vscode.l10n.t('Agreement between Coders'), placeHolder: vscode.l10n.t('The coders to compare (two or more)'), canPickMany: true },
        );
        if (!picked) {
          return undefined;
        }
        authors = picked.map((item) => item.label);
      }
    }
    const report = agreementReport(annotations, store.codebook, await services.getLibrary(), authors);
    if ('error' in report) {
      return refused(vscode.l10n.t('No agreement to show: {0}', report.error));
    }
    const uri = documents.set(REPORT_PATH, agreementMarkdown(report));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    return report;
  };
}
