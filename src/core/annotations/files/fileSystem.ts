import { randomBase32 } from '../model/ids';

export type EntryType = 'file' | 'directory';

/**
 * The few file operations the annotation store needs, with POSIX-style paths relative to the
 * workspace root (`notes/mobile-internet-opinions-2017/li-wei.yaml`). The VS Code adapter
 * (workspace.fs), the command line (node:fs) and the tests (memory) each implement it.
 */
export interface NotesFileSystem {
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** Creates or replaces the file, creating missing folders. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Moves a file, replacing `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
  delete(path: string): Promise<void>;
  /** The folder's entries, or none when it does not exist. */
  readDirectory(path: string): Promise<[string, EntryType][]>;
}

/** Joins path segments with `/`, dropping empty and `.` segments. */
export function joinPath(...segments: string[]): string {
  return segments
    .flatMap((segment) => segment.split('/'))
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/**
 * Writes a temporary file beside the target, then renames it over the target: a crash or a full
 * disk leaves either the old file or the new one, never half of one that git would commit.
 */
export async function writeAtomically(fs: NotesFileSystem, path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.tmp-${randomBase32(8)}`;
  await fs.writeFile(temporary, bytes);
  try {
    await fs.rename(temporary, path);
  } catch (thrown) {
    await fs.delete(temporary).catch(() => undefined);
    throw thrown;
  }
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
