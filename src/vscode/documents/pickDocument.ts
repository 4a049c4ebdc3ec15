import * as vscode from 'vscode';
import { PolicyDocument } from '../../core/model';
import { uiLanguage } from '../reading/settings';
import { documentName } from './documentName';

export interface DocumentPickOptions {
  readonly title: string;
  readonly placeHolder?: string;
  /** When only one document is offered, take it without asking (where picking it would tell the user nothing). */
  readonly takeOnly?: boolean;
}

/**
 * Asks for one of `documents`: each by its short title in the display language, with its date and
 * id (both searched) and its full title. Undefined when the user dismisses the pick.
 */
export async function pickDocument(documents: readonly PolicyDocument[], options: DocumentPickOptions): Promise<PolicyDocument | undefined> {
  if (options.takeOnly && documents.length === 1) {
    return documents[0];
  }
  const language = uiLanguage();
  const items = documents.map((document) => ({
    label: documentName(document, language),
    description: [document.date, document.id].filter(Boolean).join(' · '),
    detail: document.title[language] || document.title.zh,
    document,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: options.title,
    ...(options.placeHolder !== undefined && { placeHolder: options.placeHolder }),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.document;
}
