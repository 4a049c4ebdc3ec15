import { Processes } from '../core/storage';
import { FormatReaders } from '../core/formats/formatReaders';
import { WorkerPort } from './workerPort';

/**
 * What differs between the desktop (Node) extension host, the command line (both Node) and the
 * web worker host of vscode.dev / github.dev. Each entry point (src/extension.ts,
 * src/extension.web.ts, the CLI's commands) uses its own; nothing here imports vscode.
 */
export interface Platform {
  readonly kind: 'node' | 'web';
  /** A name for the author of new notes when the setting is empty: git's user.name, then the OS user. */
  defaultAuthor(workspaceFolderPath: string | undefined): Promise<string | undefined>;
  /**
   * Creates a file on disk only if nothing is at `fsPath` (O_EXCL), as a lock file needs; false
   * when something is. Absent where there is no local disk: workspace.fs has no such operation.
   */
  readonly createExclusive?: (fsPath: string, bytes: Uint8Array) => Promise<boolean>;
  /** This machine's processes, which lock files on its disk name (fileLock.ts); absent on the web. */
  readonly processes?: Processes;
  /** The readers of Word documents and PDFs; the web worker has none, and refuses those files. */
  readonly formatReaders: FormatReaders;
  /** The workers the extension starts (the segmenter's), on its bundles of this host. */
  readonly workers: Workers;
}

/** Starting a worker on one of the extension's bundles. */
export interface Workers {
  /** The folder of this host's worker bundles inside the extension: `dist` or `dist/web`. */
  readonly folder: string;
  /** How many threads may run at once here (the processor's cores). */
  readonly parallelism: number;
  /** Starts a worker on a bundle of the extension. */
  start(script: WorkerScript): Promise<WorkerPort>;
}

/** A worker's bundle: its path on disk (the desktop loads it from there) and a reader of its bytes (the browser's way). */
export interface WorkerScript {
  readonly fsPath: string;
  read(): Promise<Uint8Array>;
}
