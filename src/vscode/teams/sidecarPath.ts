import * as vscode from 'vscode';
import { NotesLayout } from '../../core/annotations/store/notesLayout';
import { AnnotationService } from '../annotations';
import { ARGUMENT_MESSAGES } from '../commands/messages';
import { Reader } from '../commands/readers';
import { ok, refusal } from '../commands/result';

export interface SidecarLocation {
  /** Relative to the workspace folder, as the store names files. */
  readonly path: string;
  /** The folder the file is in, which is the id of the document it annotates. */
  readonly documentId: string;
}

/** Where a URI is as a sidecar (`<notes folder>/<document id>/<coder>.yaml`); undefined for any other file. */
export function sidecarLocation(service: AnnotationService, uri: vscode.Uri): SidecarLocation | undefined {
  const notes = service.notesFolder();
  const path = service.pathOf(uri);
  if (notes === undefined || path === undefined) {
    return undefined;
  }
  const documentId = new NotesLayout(notes).documentOf(path);
  return documentId === undefined ? undefined : { path, documentId };
}

/** The URI an argument names: a URI, a URI string, or a path relative to the workspace folder. */
export function uriArgument(service: AnnotationService, value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) {
    return value;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : service.uriOf(value.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/** Reads an argument that names a file: see uriArgument. */
export function uriReader(service: AnnotationService): Reader<vscode.Uri> {
  return (value, name) => {
    const uri = uriArgument(service, value);
    return uri ? ok(uri) : refusal(ARGUMENT_MESSAGES.uri(name));
  };
}
