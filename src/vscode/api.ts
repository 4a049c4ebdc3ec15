import * as vscode from 'vscode';
import { DocumentAlignment } from '../core/align/align';
import { PolicyDocument } from '../core/model';
import { Services } from './services';

/**
 * The public API returned by `activate()`, for other extensions and the integration tests:
 * `vscode.extensions.getExtension('policy-annotator.policy-annotator')?.exports`.
 * Everything is computed on first call, never at activation.
 */
export interface PolicyAnnotatorApi {
  /** The extension's version, from package.json. */
  readonly version: string;
  /** Every document the extension knows, parsed from its seeds. */
  getDocuments(): Promise<readonly PolicyDocument[]>;
  /** The English↔Chinese sentence alignment of a document (default: the first). */
  getAlignment(documentId?: string): Promise<DocumentAlignment>;
}

export function createApi(context: vscode.ExtensionContext, services: Services): PolicyAnnotatorApi {
  return {
    version: String(context.extension.packageJSON.version),
    getDocuments: async () => (await services.getLibrary()).documents,
    getAlignment: async (documentId) => services.getAlignment(await services.getDocument(documentId)),
  };
}
