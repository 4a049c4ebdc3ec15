import { FileStamp, NotesFileSystem, sameStamp } from './fileSystem';
import { delay } from '../lib/delay';

/** How a file caught while another program writes it is followed until it is quiet. */
export interface SettleTiming {
  /** A file whose stamp has not changed for this long is taken to be written. */
  readonly quietMs: number;
  /** Reads of the file at most (the first included): a writer that never stops does not hold its readers forever. */
  readonly maxReads: number;
}

/**
 * Editors, git and scripts write a file in place in a few milliseconds, a loaded machine or a
 * slow disk in a few hundred: the file is followed for up to about two seconds. A file that is
 * really broken gets its problem once it has been quiet for `quietMs`.
 */
export const SETTLE_TIMING: SettleTiming = { quietMs: 150, maxReads: 12 };

/**
 * The bytes of a file once whoever writes it is done, given `first`, bytes just read that look
 * half written (see TrackedFile.caughtMidWrite). A file changed by a writer that truncates it and
 * then fills it, as Node's writeFile, editors and git do, is read while it is changing; and a
 * file watcher (VS Code's coalesces its events) may report the change only once, before it is
 * done, so no later notification comes to read it again.
 *
 * The file's stamp (size and modification time) is asked again after `quietMs`: while it changes
 * the file is read again, and when it has not changed, and its size is that of the bytes in hand,
 * those bytes are what the file holds. At most `maxReads` reads, after which the last is kept.
 */
export async function settledBytes(fs: NotesFileSystem, path: string, maxBytes: number, first: Uint8Array | undefined, timing: SettleTiming): Promise<Uint8Array | undefined> {
  let bytes = first;
  // Asked after the first read but before each later one: a write landing during a read changes the next stamp.
  let stamp = await fs.stat(path);
  for (let reads = 1; reads < timing.maxReads; reads++) {
    await delay(timing.quietMs);
    const now = await fs.stat(path);
    if (sameStamp(now, stamp) && holds(now, bytes)) {
      return bytes;
    }
    stamp = now;
    bytes = await fs.readFile(path, maxBytes);
  }
  return bytes;
}

/** Whether bytes can be what a file of this stamp holds (both missing, or of its size). */
function holds(stamp: FileStamp | undefined, bytes: Uint8Array | undefined): boolean {
  return stamp === undefined ? bytes === undefined : stamp.size === bytes?.byteLength;
}
