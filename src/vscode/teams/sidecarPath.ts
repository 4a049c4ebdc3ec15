import * as vscode from 'vscode';
import { AnnotationService } from '../annotations/annotationService';

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
  const prefix = notes === '' ? '' : `${notes}/`;
  const documentId = path.startsWith(prefix) ? /^([^/]+)\/[^/]+\.yaml$/.exec(path.slice(prefix.length))?.[1] : undefined;
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
