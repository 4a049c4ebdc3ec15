import * as vscode from 'vscode';
import { SourceFile } from '../../core/documents/addDocument';
import { fileArgument } from '../commands/fileArgument';
import { Result, ok, refusal } from '../commands/result';

// Names for text given directly (the clipboard, an argument): Chinese names give no id of their own,
// so the id then comes from the English title.
const TEXT_NAMES = { chinese: '原文.txt', english: '英文译文.txt' } as const;

/**
 * A source given in an argument object: a file as every command reads one (commands/fileArgument.ts)
 * or, when it holds a line break, the text itself.
 */
export async function sourceFromArg(value: string, role: 'chinese' | 'english'): Promise<Result<SourceFile>> {
  if (value.includes('\n')) {
    return ok(fromText(value, role));
  }
  const unreadable = refusal(vscode.l10n.t('"{0}" is neither a file that can be read nor a text with line breaks.', value));
  const uri = fileArgument(value, role);
  if (!uri.ok) {
    return unreadable;
  }
  try {
    return ok(await sourceFromUri(uri.value));
  } catch {
    return unreadable;
  }
}

export function fromText(text: string, role: 'chinese' | 'english'): SourceFile {
  return { name: TEXT_NAMES[role], bytes: new TextEncoder().encode(text) };
}

export async function sourceFromUri(uri: vscode.Uri): Promise<SourceFile> {
  return { name: uri.path.replace(/^.*\//, ''), bytes: await vscode.workspace.fs.readFile(uri) };
}
