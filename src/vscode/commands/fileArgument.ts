import * as vscode from 'vscode';
import { researchFolder } from '../researchFolder';
import { ARGUMENT_MESSAGES } from './messages';
import { Reader } from './readers';
import { ok, refusal } from './result';

/**
 * Reads an argument naming a file (to read or write): a URI, a URI string, an absolute path, or a
 * path relative to the research folder (without one, only the others). The one way every command
 * reads a file it is given.
 */
export const fileArgument: Reader<vscode.Uri> = (value, name) => {
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
  const folder = researchFolder()?.uri;
  return folder ? ok(vscode.Uri.joinPath(folder, value.replace(/\\/g, '/').replace(/^\.\//, ''))) : refusal(ARGUMENT_MESSAGES.uri(name));
};

/** A list of files, each as `fileArgument` reads one; a single one is a list of one. */
export const fileList: Reader<vscode.Uri[]> = (value, name) => {
  const uris: vscode.Uri[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    const read = fileArgument(item, name);
    if (!read.ok) {
      return read;
    }
    uris.push(read.value);
  }
  return ok(uris);
};
