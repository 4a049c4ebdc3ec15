// Shared by the reading*.test.ts files: the API, bounded waits and the side-by-side editors.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';

export const DOCUMENT = 'mobile-internet-opinions-2017';
const EXTENSION_ID = 'policy-annotator.policy-annotator';

export async function policyApi(): Promise<PolicyAnnotatorApi> {
  const extension = vscode.extensions.getExtension<PolicyAnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/**
 * Polls until `probe` returns a value other than undefined/false, or fails after `timeoutMs`;
 * `what` may be a function, to describe the state at the time of failure.
 */
export async function waitFor<T>(what: string | (() => string), probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type Language = 'en' | 'zh';

/** The language a policy-text editor shows, from its URI's file name ("… (English).policy" / "… (中文).policy"). */
export function languageOf(editor: vscode.TextEditor): Language | undefined {
  const { scheme, path } = editor.document.uri;
  if (scheme !== 'policy-text') {
    return undefined;
  }
  return path.endsWith('(English).policy') ? 'en' : path.endsWith('(中文).policy') ? 'zh' : undefined;
}

export function policyEditor(language: Language): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((editor) => languageOf(editor) === language);
}

/** The line of a provision's heading ("15. …"), read from the editor's own text. */
export function headingLine(document: vscode.TextDocument, provision: number): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.startsWith(`${provision}. `)) {
      return line;
    }
  }
  throw new Error(`no heading of provision ${provision} in ${document.uri.toString()}`);
}

/** Whether the editor shows any line of the provision (its heading or its text, the next line). */
export function showsProvision(editor: vscode.TextEditor, provision: number): boolean {
  const heading = headingLine(editor.document, provision);
  return editor.visibleRanges.some((range) => range.start.line <= heading + 1 && range.end.line >= heading);
}

export function showsLine(editor: vscode.TextEditor, line: number): boolean {
  return editor.visibleRanges.some((range) => range.start.line <= line && line <= range.end.line);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('all editors to close', () => vscode.window.visibleTextEditors.length === 0);
}

/** The editor's visible lines, for failure messages. */
export function describeView(editor: vscode.TextEditor): string {
  return `${languageOf(editor) ?? editor.document.uri.toString()} shows ${editor.visibleRanges.map((range) => `${range.start.line}–${range.end.line}`).join(', ')}`;
}
