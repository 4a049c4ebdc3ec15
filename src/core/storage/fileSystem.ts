import { localized } from '../l10n/localized';
import { Processes } from './processes';

export type EntryType = 'file' | 'directory';

/** What tells that a file changed without reading it: two stamps that differ are two versions of the file. */
export interface FileStamp {
  readonly size: number;
  /** The modification time in milliseconds (with a fraction where the file system keeps finer times). */
  readonly mtime: number;
}

/**
 * The few file operations the annotation store needs, with POSIX-style paths relative to the
 * workspace root (`notes/mobile-internet-opinions-2017/li-wei.yaml`). The VS Code adapter
 * (workspace.fs), the command line (node:fs) and the tests (memory) each implement it.
 */
export interface NotesFileSystem {
  /**
   * The file's bytes, or undefined when it does not exist. Throws a FileRefused, before reading a
   * byte, for what is not a regular file inside the workspace (a link out of it, a device, a
   * FIFO) and for a file larger than `maxBytes`.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array | undefined>;
  /**
   * The stamp of the file at `path` (links followed), or undefined when nothing is there: cheap
   * enough to ask again and again while another program is writing the file (see settledRead.ts).
   */
  stat(path: string): Promise<FileStamp | undefined>;
  /**
   * Creates or replaces the file, creating missing folders, and has its bytes on the disk (fsync)
   * before it resolves; refuses a folder that leads out of the workspace. Only src/core/storage
   * calls it (see docs/storage.md): it is the step of a save, not a save.
   */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /**
   * As writeFile, from pieces written one after the other, for a file too large to hold at once (a
   * team's export). Optional: where a host has none, the pieces are joined and given to writeFile.
   */
  writeFileInPieces?(path: string, pieces: Iterable<Uint8Array>): Promise<void>;
  /** Creates the file only if nothing is at `path` (atomically, as a lock needs); false when something is. */
  createExclusive(path: string, bytes: Uint8Array): Promise<boolean>;
  /** Moves a file, replacing `to` if it exists (and keeping its permissions where the platform has them); the move is on the disk when it resolves. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** The folder's entries, or none when it does not exist. */
  readDirectory(path: string): Promise<[string, EntryType][]>;
  /** The processes of the machine the files are on, when they can be known: lock files name their owner (fileLock.ts). */
  readonly processes?: Processes;
}

/** A file the workspace holds but that is not read or written: its message says why, and shows none of its content. */
export class FileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRefused';
  }
}

export function tooLarge(bytes: number, maxBytes: number): FileRefused {
  return new FileRefused(localized('problem.tooBig', `${(bytes / 1024 / 1024).toFixed(1)} MB`, maxBytes / 1024 / 1024));
}

/** Joins path segments with `/`, dropping empty and `.` segments. */
export function joinPath(...segments: string[]): string {
  return segments
    .flatMap((segment) => segment.split('/'))
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.size === b.size && a.mtime === b.mtime;
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b;
  }
  const length = a.byteLength;
  if (length !== b.byteLength) {
    return false;
  }
  // Every save compares the file re-read with the one last written, megabytes for large notes:
  // four bytes at a time where both are aligned for it (fresh buffers are), then byte by byte.
  let index = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = length >>> 2;
    const wordsOfA = new Uint32Array(a.buffer, a.byteOffset, words);
    const wordsOfB = new Uint32Array(b.buffer, b.byteOffset, words);
    for (; index < words; index++) {
      if (wordsOfA[index] !== wordsOfB[index]) {
        return false;
      }
    }
    index = words * 4;
  }
  for (; index < length; index++) {
    if (a[index] !== b[index]) {
      return false;
    }
  }
  return true;
}
