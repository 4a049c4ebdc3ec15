import * as vscode from 'vscode';
import { AddDocumentError } from '../../core/documents/addDocument';
import { attachTranslation } from '../../core/documents/attachTranslation';
import { FileToImport, ImportSummary, importDocuments } from '../../core/documents/importDocuments';
import { FormatReaders } from '../../core/formats/formatReaders';
import { Call } from '../commands/declaration';
import { fileList } from '../commands/fileArgument';
import { Values, flag, optional, text } from '../commands/readers';
import { Refused, refused } from '../commands/result';
import { Services } from '../services';
import { WorkspaceNotesFileSystem } from '../workspaceFileSystem';
import { sourceFromArg } from './sourceArgs';
import { writableDocumentsFolder } from './trust';

/** What Add Documents returns: the summary the command line's `add <folder> --json` prints. */
export interface AddedDocuments extends Omit<ImportSummary, 'cancelled'> {
  readonly ok: true;
  readonly cancelled: boolean;
}

/** What Add Documents needs besides the services: the readers of Word and PDF, and a pause of the reloads a write causes. */
export interface AddDocumentsHost {
  readonly formatReaders: FormatReaders;
  readonly notesFolder: (folder: vscode.WorkspaceFolder) => string;
  /** Runs `work` with the library's reloads held back, then reloads once. */
  readonly holdingReloads: <T>(work: () => Promise<T>) => Promise<T>;
}

/** How Add Documents reads its argument object: `paths`, as many files as `fileArgument` reads. */
export const ADD_DOCUMENTS_ARGS = { paths: optional(fileList), recursive: optional(flag), english: optional(text), id: optional(text) };

/**
 * Policy: Add Documents…: files and folders at once (Word, PDF, web pages, text), each added, found
 * present (its content was added before) or refused with its reason, under a cancellable progress
 * notification. With `{ paths, recursive? }` it asks nothing; with `{ english, id }` it attaches a
 * translation to a document of the workspace, whose notes stay.
 */
export function addDocumentsCommand(services: Services, host: AddDocumentsHost): (call: Call<Values<typeof ADD_DOCUMENTS_ARGS>, never>) => Promise<AddedDocuments | Refused | undefined> {
  return async (call) => {
    const folder = await writableDocumentsFolder(vscode.l10n.t('Nothing was added: the workspace is not trusted.'));
    if ('ok' in folder) {
      return folder;
    }
    let uris: readonly vscode.Uri[];
    let recursive: boolean;
    if ('args' in call) {
      const { paths, english, id } = call.args;
      if (english !== undefined || id !== undefined) {
        return attachEnglish(services, host, folder, english, id);
      }
      if (!paths || paths.length === 0) {
        return refused(vscode.l10n.t('Name the files or folders to add in "paths".'));
      }
      uris = paths;
      recursive = call.args.recursive ?? false;
    } else {
      const asked = await askFiles();
      if (!asked) {
        return undefined;
      }
      ({ uris, recursive } = asked);
    }
    const files = await filesUnder(uris, recursive, folder.uri);
    const library = await services.getLibrary();
    const reserved = new Set(library.documents.map((document) => document.id).filter((id) => services.isEmbedded(id)));
    const summary = await host.holdingReloads(async () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Adding documents'), cancellable: true }, (progress, token) =>
        importDocuments(new WorkspaceNotesFileSystem(folder.uri), files, {
          readers: host.formatReaders,
          reserved,
          onProgress: (done, total, path) => progress.report({ increment: total === 0 ? 100 : 100 / total, message: `${done}/${total} ${path}` }),
          cancelled: () => token.isCancellationRequested,
        }),
      ),
    );
    report(services, summary);
    return { ok: true, ...summary };
  };
}

async function askFiles(): Promise<{ uris: readonly vscode.Uri[]; recursive: boolean } | undefined> {
  const uris = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Add Documents: files (Word, PDF, web pages, text) or folders of them'),
    canSelectFiles: true,
    canSelectFolders: true,
    canSelectMany: true,
    openLabel: vscode.l10n.t('Add'),
  });
  if (!uris || uris.length === 0) {
    return undefined;
  }
  const folders = await Promise.all(uris.map(async (uri) => ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0));
  if (!folders.includes(true)) {
    return { uris, recursive: false };
  }
  const inside = vscode.l10n.t('The files in the folders');
  const below = vscode.l10n.t('The files in the folders and in every folder inside them');
  const choice = await vscode.window.showQuickPick([inside, below], { title: vscode.l10n.t('Add Documents') });
  return choice === undefined ? undefined : { uris, recursive: choice === below };
}

/** The files named and those of the folders named (in the order of their paths), hidden ones left out. */
async function filesUnder(uris: readonly vscode.Uri[], recursive: boolean, workspace: vscode.Uri): Promise<FileToImport[]> {
  const files: FileToImport[] = [];
  const shown = (uri: vscode.Uri) => (uri.path.startsWith(`${workspace.path}/`) ? uri.path.slice(workspace.path.length + 1) : uri.fsPath);
  const visit = async (uri: vscode.Uri, named: boolean): Promise<void> => {
    const type = (await vscode.workspace.fs.stat(uri)).type;
    if (type & vscode.FileType.SymbolicLink && !named) {
      return;
    }
    if (type & vscode.FileType.Directory) {
      if (!named && !recursive) {
        return;
      }
      const entries = (await vscode.workspace.fs.readDirectory(uri)).filter(([name]) => !name.startsWith('.')).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name] of entries) {
        await visit(vscode.Uri.joinPath(uri, name), false);
      }
      return;
    }
    files.push({ path: shown(uri), name: uri.path.replace(/^.*\//, ''), read: () => Promise.resolve(vscode.workspace.fs.readFile(uri)) });
  };
  for (const uri of uris) {
    await visit(uri, true);
  }
  return files;
}

/** The counts in a message; each file's outcome in the log, which the message's button shows. */
function report(services: Services, summary: ImportSummary): void {
  for (const added of summary.added) {
    services.log.info(`added ${added.id} ← ${added.path} (${added.provisions} provisions)`);
  }
  for (const present of summary.present) {
    services.log.info(`already present as ${present.id}: ${present.path}`);
  }
  for (const refusal of summary.refused) {
    services.log.warn(`refused ${refusal.path}: ${refusal.reason}`);
  }
  const message = vscode.l10n.t('{0} documents added, {1} already present, {2} refused.', summary.added.length, summary.present.length, summary.refused.length);
  const details = vscode.l10n.t('Show Details');
  const shown = summary.refused.length > 0 ? vscode.window.showWarningMessage(message, details) : vscode.window.showInformationMessage(message, details);
  void shown.then((choice) => choice === details && services.log.show());
}

/** `{ english, id }`: the translation attached to the workspace document `id`, its Chinese text and notes kept. */
async function attachEnglish(services: Services, host: AddDocumentsHost, folder: vscode.WorkspaceFolder, english: string | undefined, id: string | undefined): Promise<AddedDocuments | Refused> {
  const library = await services.getLibrary();
  const current = id === undefined ? undefined : library.document(id);
  if (english === undefined || !current || services.isEmbedded(current.id)) {
    return refused(vscode.l10n.t('To attach a translation, give "english" (its file) and "id" (a document of this workspace).'));
  }
  const source = await sourceFromArg(english, 'english');
  if (!source.ok) {
    return refused(source.reason);
  }
  const fs = new WorkspaceNotesFileSystem(folder.uri);
  try {
    const request = { current, english: source.value, taken: new Set(library.documents.map((document) => document.id)), notesFolder: host.notesFolder(folder) };
    const plan = await host.holdingReloads(() => attachTranslation(fs, request));
    const aligned = plan.document.provisions.filter((provision) => provision.text.en !== '').length;
    void vscode.window.showInformationMessage(vscode.l10n.t('Attached the translation to {0}: {1} of {2} provisions with English.', current.id, aligned, plan.document.provisions.length));
    return { ok: true, added: [], present: [{ path: english, id: current.id }], refused: [], cancelled: false };
  } catch (thrown) {
    if (thrown instanceof AddDocumentError) {
      return refused(thrown.message);
    }
    throw thrown;
  }
}
