import * as vscode from 'vscode';
import { CACHE_FOLDER } from '../../core/documents/cache/documentCache';
import { Services } from '../services';
import { FormatReaders } from '../../core/formats/formatReaders';
import { addDocumentCommand } from './addDocumentCommand';
import { addDocumentsCommand } from './addDocumentsCommand';
import { removeDocumentCommand } from './removeDocumentCommand';
import { researchFolder } from '../researchFolder';
import { registerCommand } from '../commands/declaration';
import { DOCUMENT_COMMANDS } from './commands';

// Adding a document writes two or three files; one reload follows them.
const RELOAD_DELAY_MS = 300;

/**
 * What other features plug into documents, wired in activation.ts: annotations say where a folder's
 * notes are, which follow a document's words when its text is replaced. (Documents sit below the
 * features that pick a document, so they import none of them.)
 */
export interface DocumentsExtensions {
  readonly notesFolder: (folder: vscode.WorkspaceFolder) => string;
}

/** The workspace's own documents: adding and removing them; a change under policy-documents/ reloads the library. */
/** `formatReaders`: the platform's readers of Word documents and PDFs. */
export function register(context: vscode.ExtensionContext, services: Services, extensions: DocumentsExtensions, formatReaders: FormatReaders): void {
  const folder = researchFolder();
  // While many documents are added, each write would reload the library: one reload follows them all.
  let holding = 0;
  const holdingReloads = async <T>(work: () => Promise<T>): Promise<T> => {
    holding++;
    try {
      return await work();
    } finally {
      holding--;
      services.reloadLibrary();
    }
  };
  const disposables: vscode.Disposable[] = [
    registerCommand(DOCUMENT_COMMANDS.addDocument, addDocumentCommand(services, extensions.notesFolder)),
    registerCommand(DOCUMENT_COMMANDS.addDocuments, addDocumentsCommand(services, { ...extensions, formatReaders, holdingReloads })),
    registerCommand(DOCUMENT_COMMANDS.removeDocument, removeDocumentCommand(services)),
  ];
  if (folder) {
    // A pull, a copy or a hand edit under policy-documents/: read the documents again, once per burst
    // (a folder removed reports the folder only, so the pattern takes folders as well as files).
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, 'policy-documents/**'));
    let pending: ReturnType<typeof setTimeout> | undefined;
    const reload = (uri: vscode.Uri) => {
      // The cache of parsed documents is written as the library loads: it changes no document.
      if (isCache(folder, uri)) {
        return;
      }
      clearTimeout(pending);
      if (holding === 0) {
        pending = setTimeout(() => services.reloadLibrary(), RELOAD_DELAY_MS);
      }
    };
    disposables.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload), { dispose: () => clearTimeout(pending) });
  }
  context.subscriptions.push(...disposables);
}

function isCache(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  const cache = vscode.Uri.joinPath(folder.uri, CACHE_FOLDER).path;
  return uri.path === cache || uri.path.startsWith(`${cache}/`);
}
