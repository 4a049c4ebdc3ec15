import { NotesFileSystem, sameBytes } from './fileSystem';
import { localized } from '../l10n/localized';
import { removeLeftovers, writeAtomically } from './atomicWrite';
import { withFileLock } from './fileLock';

/** Merges of one save when the file keeps changing on disk under it, before it gives up. */
export const MAX_MERGES = 5;

/**
 * Why `bytes` are not written to a file that every reader refuses above `maxBytes`, or undefined:
 * a save that reported success must be readable by the next command.
 */
export function tooLargeToWrite(bytes: Uint8Array, maxBytes: number): string | undefined {
  return bytes.byteLength > maxBytes ? localized('refusal.tooBigToWrite', (bytes.byteLength / 1024 / 1024).toFixed(1), maxBytes / 1024 / 1024) : undefined;
}

/**
 * The one way a whole file is written into a user's repository (a codebook, a document, an
 * export): under the file's lock, `next` makes the new bytes from what the file holds now
 * (undefined: leave it as it is), the bytes go to a temporary file in the same folder (on the disk
 * before it is renamed), and the file is compared with what `next` was given right before the
 * rename. When another writer that takes no lock (a person, git) changed it meanwhile, nothing is
 * renamed and `next` runs again on the new content. True when the file was written.
 *
 * Throws, writing nothing, when `next` throws, when the bytes would pass `maxBytes` (the limit
 * every reader applies), or when the lock is not had. Notes are written by the store's
 * MergingWriter, which does the same with its own merge (see docs/storage.md).
 */
export async function writeUserFile(fs: NotesFileSystem, path: string, next: (current: Uint8Array | undefined) => Uint8Array | undefined, maxBytes: number): Promise<boolean> {
  return withFileLock(fs, path, async () => {
    await removeLeftovers(fs, path);
    for (let attempt = 1; attempt <= MAX_MERGES; attempt++) {
      const current = await fs.readFile(path, maxBytes);
      const bytes = next(current);
      if (bytes === undefined || sameBytes(bytes, current)) {
        return false;
      }
      const tooLarge = tooLargeToWrite(bytes, maxBytes);
      if (tooLarge !== undefined) {
        throw new Error(localized('refusal.notWritten', path, tooLarge));
      }
      if (await writeAtomically(fs, path, bytes, async () => sameBytes(await fs.readFile(path, maxBytes), current))) {
        return true;
      }
    }
    throw new Error(localized('refusal.notWritten', path, `it changed on disk during each of ${MAX_MERGES} saves (is another program writing it?)`));
  });
}

/**
 * Writes a file that a command makes and nobody edits by hand (an export), from its pieces: under
 * its lock, through a temporary file renamed over it, so that an export interrupted or run twice at
 * once never leaves half a file, and one of hundreds of MiB is never held whole. What the file held
 * is replaced, not read: it is the command's output, not anyone's work.
 */
export async function writeMadeFile(fs: NotesFileSystem, path: string, pieces: Iterable<Uint8Array>): Promise<void> {
  await withFileLock(fs, path, async () => {
    await removeLeftovers(fs, path);
    await writeAtomically(fs, path, { pieces });
  });
}
