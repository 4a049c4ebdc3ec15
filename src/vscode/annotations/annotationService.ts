import * as vscode from 'vscode';
import { AnnotationStore } from '../../core/annotations/store/store';
import { NotesCache } from '../../core/annotations/store/notesCache';
import { Library } from '../../core/library';
import { Platform } from '../../platform/platform';
import { NotesWatcher } from './notesWatcher';
import { affectsNotes, authorSetting, notesFolderSetting } from './settings';
import { WorkspaceNotesFileSystem } from '../workspaceFileSystem';
import { researchFolder } from '../researchFolder';

export interface AnnotationServiceOptions {
  readonly getLibrary: () => Promise<Library>;
  readonly log: vscode.LogOutputChannel;
  /** Where the default author comes from (git and the OS on the desktop; nothing on the web). */
  readonly platform: Platform;
}

/** An open store and what keeps it current. */
interface Session {
  readonly store: AnnotationStore;
  readonly disposables: readonly vscode.Disposable[];
}

/** The coder's name when neither the setting, git nor the OS gives one. */
const ANONYMOUS = 'anonymous';

/**
 * The annotations of the workspace, shared by every feature (views, commands, exports, agreement).
 * The store is opened on first use, never at activation: on the research folder (researchFolder.ts), with the
 * notes folder of `policyAnnotator.notesFolder` and the coder named by `policyAnnotator.author`
 * (else git's user.name, else the OS user, else "anonymous"). Changing either setting, or the
 * workspace folders, reopens it (if it was open). Files changed outside the store
 * (git, another window, a hand edit) are re-read within about 100 ms of the watcher's report.
 *
 * - `store()`: the store, opening it if needed, with every document's notes read; undefined
 *   without a workspace folder. `storeFor(documentId)`: with that document's notes read.
 * - `current()`: the store if it is open, without opening it (for cheap synchronous questions).
 * - `onDidChange`: after annotations, the codebook or files' problems changed, and after the
 *   store opened or closed; listeners read what they need again.
 * - `workspaceFolder()`, `uriOf(path)`, `pathOf(uri)`: between the store's workspace-relative
 *   POSIX paths and URIs; `notesFolder()`: the notes folder's path, without opening the store.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  private session: Promise<Session | undefined> | undefined;
  private opened: Session | undefined;
  /**
   * The last store closed, still heard: a command that began on it may save after the next store read
   * the files (a library reload while Auto-code writes), and the next store's watcher is deaf for its
   * first second or two; what that old store saves is read again by the current one.
   */
  private retired: (() => void) | undefined;
  /** Increased on every close, so that an opening that a close overtook is thrown away. */
  private generation = 0;

  readonly onDidChange: vscode.Event<void> = this.changed.event;

  constructor(private readonly options: AnnotationServiceOptions) {
    this.disposables = [
      this.changed,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsNotes(event)) {
          this.reopen();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reopen()),
    ];
  }

  workspaceFolder(): vscode.WorkspaceFolder | undefined {
    return researchFolder();
  }

  /** The notes folder the store uses (or will), relative to the workspace folder; undefined without one. */
  notesFolder(): string | undefined {
    const folder = this.workspaceFolder();
    return folder && notesFolderSetting(folder);
  }

  /** The URI of a workspace-relative path; undefined without a workspace folder. */
  uriOf(relativePath: string): vscode.Uri | undefined {
    const folder = this.workspaceFolder();
    return folder && (relativePath === '' ? folder.uri : vscode.Uri.joinPath(folder.uri, ...relativePath.split('/')));
  }

  /** The workspace-relative POSIX path of a URI in the workspace folder; undefined for anything else. */
  pathOf(uri: vscode.Uri): string | undefined {
    const root = this.workspaceFolder()?.uri;
    if (!root || uri.scheme !== root.scheme || uri.authority !== root.authority) {
      return undefined;
    }
    const prefix = `${root.path.replace(/\/$/, '')}/`;
    return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : undefined;
  }

  /** With every document's notes read. Rejects when the notes folder cannot be listed; the next call tries again. */
  async store(): Promise<AnnotationStore | undefined> {
    const store = (await this.currentSession())?.store;
    await store?.readAll();
    return store;
  }

  /** With the notes on one document read (the others are read when asked for): what a view of one document needs. */
  async storeFor(documentId: string): Promise<AnnotationStore | undefined> {
    const store = (await this.currentSession())?.store;
    await store?.readDocument(documentId);
    return store;
  }

  current(): AnnotationStore | undefined {
    return this.opened?.store;
  }

  dispose(): void {
    this.close();
    this.retired?.();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private currentSession(): Promise<Session | undefined> {
    if (!this.session) {
      const opening = this.open(this.generation);
      this.session = opening;
      opening.catch((error: unknown) => {
        this.options.log.error('annotations: could not read the notes:', error);
        if (this.session === opening) {
          this.session = undefined;
        }
      });
    }
    return this.session;
  }

  /** The files of a workspace folder, as the store reads and writes them. */
  fileSystem(root: vscode.Uri): WorkspaceNotesFileSystem {
    return new WorkspaceNotesFileSystem(root, this.options.platform);
  }

  private async open(generation: number): Promise<Session | undefined> {
    const folder = this.workspaceFolder();
    if (!folder) {
      return undefined;
    }
    const notesFolder = notesFolderSetting(folder);
    const author = authorSetting(folder) ?? (await this.options.platform.defaultAuthor(folder.uri.scheme === 'file' ? folder.uri.fsPath : undefined)) ?? ANONYMOUS;
    const library = await this.options.getLibrary();
    // The notes of a document are read when it is first shown: a corpus opens at the cost of what is on screen.
    // Coder files read before are taken from policy-documents/.cache/notes/, shared with the command
    // line; Restricted Mode writes nothing into the workspace, so there every file is parsed.
    const fs = this.fileSystem(folder.uri);
    const cache = vscode.workspace.isTrusted ? { cache: new NotesCache(fs, { readingsWait: false }) } : {};
    const store = await AnnotationStore.open({ fs, library, notesFolder, author, read: 'asked', ...cache });
    if (generation !== this.generation) {
      // The settings changed while this store opened: use the one they ask for now.
      return this.currentSession();
    }
    const watcher = new NotesWatcher(folder, notesFolder, (uri) => this.pathOf(uri), (paths) => store.refresh(paths), this.options.log);
    const stopListening = store.onDidChange((change) => {
      watcher.recheck(change.paths);
      this.changed.fire();
    });
    const session: Session = { store, disposables: [watcher, { dispose: stopListening }] };
    this.opened = session;
    this.options.log.info(`annotations: ${notesFolder}/ in ${folder.name}, new notes by ${author}`);
    this.changed.fire();
    return session;
  }

  /** Closes the store; true when it was open. */
  private close(): boolean {
    this.generation++;
    const was = this.opened;
    this.session = undefined;
    this.opened = undefined;
    this.retired?.();
    this.retired = undefined;
    if (was) {
      vscode.Disposable.from(...was.disposables).dispose();
      this.retired = was.store.onDidChange((change) => {
        this.session?.then((session) => session?.store.refresh(change.paths)).catch(() => undefined);
      });
      this.changed.fire();
    }
    return was !== undefined;
  }

  /** The documents changed (one added or removed): an open store checks the notes against them anew. */
  libraryChanged(): void {
    this.reopen();
  }

  /** A store that was open opens again with the new settings, so that the views and diagnostics stay current. */
  private reopen(): void {
    if (this.close()) {
      this.currentSession().catch(() => undefined);
    }
  }
}
