import * as vscode from 'vscode';

/** Changes arriving within this long are read together: a git checkout touches many files at once. */
const DEBOUNCE_MS = 100;
/**
 * A new watcher reports nothing for its first second or two; one full re-read after that catches
 * whatever changed in the meantime.
 */
const WARM_UP_MS = 2500;
/**
 * The watcher coalesces "created" and then "deleted" into nothing. The store's own save is a rename
 * onto the file (reported as created), so a deletion right after it (git, a script) would go
 * unreported: files that changed are read once more after this long.
 */
const RECHECK_MS = 1000;

/** Re-reads the given notes files (workspace-relative paths), or the whole notes folder when undefined. */
type Refresh = (paths: readonly string[] | undefined) => Promise<void>;

/**
 * Watches the notes folder for changes made outside the store: git pull or checkout, another
 * window, a hand edit. A `.yaml` file is re-read by itself; a folder that appears or disappears
 * (a checkout, a deleted document folder) re-reads everything, since the files in a deleted folder
 * are not reported one by one. The store's own temporary files are ignored.
 */
export class NotesWatcher implements vscode.Disposable {
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly pending = new Set<string>();
  private everything = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly rechecks = new Set<string>();
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly warmUp: ReturnType<typeof setTimeout>;

  constructor(
    folder: vscode.WorkspaceFolder,
    notesFolder: string,
    private readonly toPath: (uri: vscode.Uri) => string | undefined,
    private readonly refresh: Refresh,
    private readonly log: vscode.LogOutputChannel,
  ) {
    // A RelativePattern on the folder: a string glob misses files in folders created after it started.
    const glob = notesFolder === '' ? '**' : `{${notesFolder},${notesFolder}/**}`;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
    const noted = (uri: vscode.Uri): void => this.note(uri);
    this.watcher.onDidCreate(noted);
    this.watcher.onDidChange(noted);
    this.watcher.onDidDelete(noted);
    this.warmUp = setTimeout(() => this.run(undefined), WARM_UP_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.recheckTimer);
    clearTimeout(this.warmUp);
    this.watcher.dispose();
  }

  /** Reads files that just changed once more, RECHECK_MS later; reading bytes it knows changes nothing, so this ends. */
  recheck(paths: readonly string[]): void {
    paths.forEach((path) => this.rechecks.add(path));
    this.recheckTimer ??= setTimeout(() => {
      this.recheckTimer = undefined;
      const due = [...this.rechecks];
      this.rechecks.clear();
      this.run(due);
    }, RECHECK_MS);
  }

  private note(uri: vscode.Uri): void {
    const path = this.toPath(uri);
    const name = path?.split('/').pop() ?? '';
    if (path === undefined) {
      return;
    }
    if (name.endsWith('.yaml')) {
      this.pending.add(path);
    } else if (!name.includes('.')) {
      // Document ids have no dots, so a name without one is a folder.
      this.everything = true;
    } else {
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const paths = this.everything ? undefined : [...this.pending];
      this.pending.clear();
      this.everything = false;
      this.run(paths);
    }, DEBOUNCE_MS);
  }

  private run(paths: readonly string[] | undefined): void {
    this.refresh(paths).catch((error: unknown) => this.log.warn('notes watcher: could not re-read the notes:', error));
  }
}
