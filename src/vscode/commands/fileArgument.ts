import * as vscode from 'vscode';
import { ARGUMENT_MESSAGES } from './messages';
import { Reader } from './readers';
import { ok, refusal } from './result';

/**
 * Reads an argument naming a file to write: a URI, a URI string, an absolute path, or a path
 * relative to `folder` (the workspace folder; without one, only the others).
 */
export function fileArgument(folder: vscode.Uri | undefined): Reader<vscode.Uri> {
  return (value, name) => {
    if (value instanceof vscode.Uri) {
      return ok(value);
    }
    if (typeof value !== 'string' || value.trim() === '') {
      return refusal(ARGUMENT_MESSAGES.uri(name));
    }
    if (value.startsWith('/') || /^[a-z]:[\\/]/i.test(value)) {
      return ok(vscode.Uri.file(value));
    }
    if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
      return ok(vscode.Uri.parse(value));
    }
    return folder ? ok(vscode.Uri.joinPath(folder, value.replace(/\\/g, '/').replace(/^\.\//, ''))) : refusal(ARGUMENT_MESSAGES.uri(name));
  };
}
