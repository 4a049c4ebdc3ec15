import * as vscode from 'vscode';
import { NotesLayout } from '../../core/annotations/store/notesLayout';
import { AnnotationService } from '../annotations';

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
