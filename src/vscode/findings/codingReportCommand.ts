import * as vscode from 'vscode';
import { selectPassages } from '../../core/analysis/codingQuery';
import { reportEntries } from '../../core/analysis/codingReport';
import { formatReport } from '../../core/analysis/reportDocument';
import { Restriction } from '../../core/analysis/restriction';
import { NotesAccess } from '../annotations';
import { Call } from '../commands/declaration';
import { Refused, isRefused, refused } from '../commands/result';
import { Services } from '../services';
import { ReportRequest } from './analysisArgs';
import { analysisRefusal } from './refusals';

export interface OpenedReport {
  readonly passages: number;
  readonly uri: string;
}

/**
 * `policyAnnotator.codingReport` `{ expression?, documents?, where?, authors? }`: the coding
 * report of a tag expression, as a Markdown document beside the editor, whose links open each
 * provision side by side. From the palette it asks for the expression.
 */
export function codingReportCommand(services: Services, notes: NotesAccess): (call: Call<ReportRequest, never>) => Promise<OpenedReport | Refused | undefined> {
  return async (call) => {
    if ('args' in call) {
      return openReport(services, notes, call.args.expression, call.args.restriction);
    }
    const expression = await vscode.window.showInputBox({
      title: vscode.l10n.t('Coding Report'),
      prompt: vscode.l10n.t('Tags joined by AND, OR, NOT or NEAR, e.g. privacy AND security'),
      placeHolder: 'privacy AND security',
    });
    return expression === undefined ? undefined : openReport(services, notes, expression.trim() || undefined, {});
  };
}

/** Selects the passages and shows their report; a malformed expression or unknown name is refused, saying where. */
export async function openReport(services: Services, notes: NotesAccess, expression: string | undefined, restriction: Restriction, title?: string): Promise<OpenedReport | Refused> {
  const store = await notes.storeToRead();
  if (isRefused(store)) {
    return store;
  }
  const library = await services.getLibrary();
  let entries;
  try {
    entries = reportEntries(selectPassages({ annotations: store.annotations(), codebook: store.codebook, library }, expression, restriction), library);
  } catch (error) {
    return refused(analysisRefusal(error, expression));
  }
  const content = formatReport('markdown', entries, library, title ?? expression);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return { passages: entries.length, uri: document.uri.toString() };
}
