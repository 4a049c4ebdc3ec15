import * as vscode from 'vscode';
import { SourceFile } from '../../core/documents/addDocument';
import { Result, ok, refusal } from '../commands/result';

// Names for text given directly (the clipboard, an argument): Chinese names give no id of their own,
// so the id then comes from the English title.
const TEXT_NAMES = { chinese: '原文.txt', english: '英文译文.txt' } as const;

/**
 * A source given in an argument object: a path (absolute, or relative to the workspace folder) or,
 * when it holds a line break or names no file, the text itself.
 */
export async function sourceFromArg(value: string, role: 'chinese' | 'english', folder: vscode.Uri | undefined): Promise<Result<SourceFile>> {
  if (value.includes('\n')) {
    return ok(fromText(value, role));
  }
  const uri = /^[a-z][a-z0-9+.-]+:\/\//i.test(value)
    ? vscode.Uri.parse(value)
    : value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || !folder
      ? vscode.Uri.file(value)
      : vscode.Uri.joinPath(folder, value);
  try {
    return ok({ name: uri.path.replace(/^.*\//, ''), bytes: await vscode.workspace.fs.readFile(uri) });
  } catch {
    return refusal(vscode.l10n.t('"{0}" is neither a file that can be read nor a text with line breaks.', value));
  }
}

export function fromText(text: string, role: 'chinese' | 'english'): SourceFile {
  return { name: TEXT_NAMES[role], bytes: new TextEncoder().encode(text) };
}

export async function sourceFromUri(uri: vscode.Uri): Promise<SourceFile> {
  return { name: uri.path.replace(/^.*\//, ''), bytes: await vscode.workspace.fs.readFile(uri) };
}
