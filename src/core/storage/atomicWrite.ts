import { NotesFileSystem } from './fileSystem';
import { randomBase32 } from '../lib/base32';

/** The prefix of the temporary files of saves of `path`: `notes/doc/li-wei.yaml.tmp-`. */
export function temporaryPrefix(path: string): string {
  return `${path}.tmp-`;
}

/** A new temporary file for `path`, in its folder: a rename never crosses a file system. */
export function temporaryPath(path: string): string {
  return `${temporaryPrefix(path)}${randomBase32(8)}`;
}

/**
 * Writes a temporary file beside the target, then renames it over the target: a crash or a full
 * disk leaves either the old file or the new one, never half of one that git would commit.
 * `beforeRename` runs between the two, as late as can be: when it says no, the temporary file is
 * removed, nothing is renamed and the result is false.
 */
export async function writeAtomically(fs: NotesFileSystem, path: string, bytes: Uint8Array | Pieces, beforeRename?: () => Promise<boolean>): Promise<boolean> {
  const temporary = temporaryPath(path);
  await writeBytes(fs, temporary, bytes);
  try {
    if (beforeRename && !(await beforeRename())) {
      await fs.delete(temporary);
      return false;
    }
    await fs.rename(temporary, path);
    return true;
  } catch (thrown) {
    await fs.delete(temporary).catch(() => undefined);
    throw thrown;
  }
}

/** The bytes of a file too large to hold at once, as they are made (see NotesFileSystem.writeFileInPieces). */
export interface Pieces {
  readonly pieces: Iterable<Uint8Array>;
}

function writeBytes(fs: NotesFileSystem, path: string, bytes: Uint8Array | Pieces): Promise<void> {
  if (bytes instanceof Uint8Array) {
    return fs.writeFile(path, bytes);
  }
  return fs.writeFileInPieces ? fs.writeFileInPieces(path, bytes.pieces) : fs.writeFile(path, joined(bytes.pieces));
}

function joined(pieces: Iterable<Uint8Array>): Uint8Array {
  const all = [...pieces];
  const bytes = new Uint8Array(all.reduce((size, piece) => size + piece.byteLength, 0));
  let at = 0;
  for (const piece of all) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}

/** Removes the temporary files of saves of `path` killed before their rename; only its lock holder may (it writes the only live one). */
export async function removeLeftovers(fs: NotesFileSystem, path: string): Promise<void> {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const prefix = temporaryPrefix(path).slice(folder.length);
  for (const [name, type] of await fs.readDirectory(folder.slice(0, -1))) {
    if (type === 'file' && name.startsWith(prefix)) {
      await fs.delete(`${folder}${name}`);
    }
  }
}
