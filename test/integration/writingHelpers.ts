// Shared by the writing*.test.ts files: drafts in the fixture workspace and what the providers say about them.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors } from './readingHelpers';

export const LINK_15 = '[Mobile Internet Opinions ¶15](policy-annotator:/mobile-internet-opinions-2017/15)';
export const CHINESE_15 = '《关于促进移动互联网健康有序发展的意见》第十五条';

let drafts = 0;

/** A new file in the workspace's drafts/ folder with `content`, open in the active editor with the cursor at its end. */
export async function openDraft(extension: 'md' | 'tex' | 'txt', content: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  const uri = vscode.Uri.joinPath(folder.uri, 'drafts', `writing-${++drafts}-${Date.now()}.${extension}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const end = editor.document.positionAt(content.length);
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

/** Saves the drafts (closing an unsaved one would ask) and closes every editor. */
export async function closeDrafts(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await closeAllEditors();
}

/** The position just inside the first occurrence of `text` in the document. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 1): vscode.Position {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is not in ${document.uri.toString()}`);
  return document.positionAt(at + offset);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
