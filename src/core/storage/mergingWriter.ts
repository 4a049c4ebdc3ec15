import { SerialQueue } from '../lib/serialQueue';
import { Refusal, isRefusal } from './refusal';
import { NotesFileSystem } from './fileSystem';
import { removeLeftovers, writeAtomically } from './atomicWrite';
import { MAX_MERGES, tooLargeToWrite } from './userFile';
import { withFileLock } from './fileLock';
import { finishTransaction } from './transaction';
import { messageOf } from '../lib/messageOf';
import { Outcome, failure } from './outcome';
import { TrackedFile } from './trackedFile';
import { SETTLE_TIMING, SettleTiming, settledBytes } from './settledRead';
import { localized } from '../l10n/localized';

/** A change to a file's content, made on what the file says now; `value` is what the caller gets. */
export type Edit<T, V> = (current: T) => { readonly next: T; readonly value: V } | Refusal;

/** What the writer tells and asks the store. */
export interface WriterSite {
  /** After files changed (read or written): re-check what depends on them, tell the listeners. */
  settle(paths: readonly string[]): void;
  /** Why the file must not be written now (it has errors), or undefined. */
  blocked(path: string): string | undefined;
  /** The journal of the transactions that rewrite notes files with other files (see inTransaction). */
  readonly journal: string;
}

/**
 * Reads and writes tracked files one at a time per file. Every save re-reads its file and applies
 * the edit to what is on disk now, so another window's or another process's changes are merged by
 * annotation id rather than overwritten (only the annotations the edit touches take this store's
 * version; deletions elsewhere stay deleted). Writes go to a temporary file renamed over the target.
 *
 * Across processes and windows, writers of a file take turns through its lock file (see
 * withFileLock), and the file on disk is compared with what was merged right before the rename, so
 * that a save that reports success has its change on disk and never overwrites another's.
 */
export class MergingWriter {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly fs: NotesFileSystem,
    private readonly site: WriterSite,
    /** Larger files are refused before they are read. */
    private readonly maxBytes: number,
    private readonly settling: SettleTiming = SETTLE_TIMING,
  ) {}

  /**
   * Reads a file again; true when it changed. A file that cannot be read gets a problem instead.
   * A file caught half written is followed until it is quiet (see settledBytes), so that what the
   * store shows is the file once its writer is done, and a file broken for good is shown broken.
   */
  read(file: Pick<TrackedFile<unknown>, 'path' | 'consider' | 'take' | 'caughtMidWrite' | 'unreadable'>): Promise<boolean> {
    return this.queue.run(file.path, async () => {
      try {
        return await this.takeSettled(file, await this.fs.readFile(file.path, this.maxBytes));
      } catch (thrown) {
        file.unreadable(thrown);
        return true;
      }
    });
  }

  /**
   * Takes what `bytes`, just read, say; when they look half written, what the file says once it is
   * quiet instead. True when that changed what was known. A reading that is not followed is taken
   * at once, before the first await: a file read beside it (the notes beside their codebook) must
   * not be interpreted in a context that lacks it (every tag unknown, each problem located with the
   * careful parser: seconds and ~150 MiB for 10,000 annotations).
   */
  private async takeSettled<T>(file: Pick<TrackedFile<T>, 'path' | 'consider' | 'take' | 'caughtMidWrite'>, bytes: Uint8Array | undefined): Promise<boolean> {
    const reading = file.consider(bytes);
    return file.take(file.caughtMidWrite(reading) ? file.consider(await settledBytes(this.fs, file.path, this.maxBytes, reading.bytes, this.settling)) : reading);
  }

  /** Re-read, merge, write: see the class comment. `empty` is the content of a file that does not exist. */
  edit<T, V>(file: TrackedFile<T>, empty: () => T, edit: Edit<T, V>): Promise<Outcome<V>> {
    return this.queue.run(file.path, async () => {
      try {
        for (;;) {
          // A transaction a killed process left is finished first, outside this file's lock (the
          // transaction takes its journal's lock, then the files'); one that starts meanwhile
          // waits for this lock, and one committed before it was had is seen under it.
          await finishTransaction(this.fs, this.site.journal);
          const outcome = await withFileLock(this.fs, file.path, async () => {
            if ((await this.fs.stat(this.site.journal)) !== undefined) {
              return 'transaction pending' as const;
            }
            await removeLeftovers(this.fs, file.path);
            for (let attempt = 1; attempt <= MAX_MERGES; attempt++) {
              const outcome = await this.mergeAndWrite(file, empty, edit);
              if (outcome !== 'changed on disk') {
                return outcome;
              }
            }
            return failure(localized('refusal.notWritten', file.path, `it changed on disk during each of ${MAX_MERGES} saves (is another program writing it?)`));
          });
          if (outcome !== 'transaction pending') {
            return outcome;
          }
        }
      } catch (thrown) {
        return failure(localized('refusal.notSaved', file.path, messageOf(thrown)));
      }
    });
  }

  /**
   * One attempt: applies the edit to the file as on disk, writes the result, and compares the file
   * on disk with what was merged once more right before the rename. A writer that does not take the
   * lock (a person, git, an older version) may have changed it meanwhile: then nothing is renamed,
   * and the caller merges again.
   */
  private async mergeAndWrite<T, V>(file: TrackedFile<T>, empty: () => T, edit: Edit<T, V>): Promise<Outcome<V> | 'changed on disk'> {
    // Never merged into a file half written by another program: its errors would refuse the save, or its missing part be lost.
    if (await this.takeSettled(file, await this.fs.readFile(file.path, this.maxBytes))) {
      this.site.settle([file.path]);
    }
    const blocked = this.site.blocked(file.path);
    if (blocked !== undefined) {
      return failure(localized('refusal.notWrittenWhile', file.path, blocked));
    }
    const result = edit(file.loaded?.content ?? empty());
    if (isRefusal(result)) {
      return failure(result.refused);
    }
    const prepared = file.prepare(result.next);
    if (prepared.status === 'refused') {
      return failure(localized('refusal.notWritten', file.path, prepared.reason));
    }
    if (prepared.status === 'unchanged') {
      return { ok: true, value: result.value, written: [] };
    }
    const tooLarge = tooLargeToWrite(prepared.bytes, this.maxBytes);
    if (tooLarge !== undefined) {
      return failure(localized('refusal.notWritten', file.path, tooLarge));
    }
    // What changed is not taken here: the next attempt reads it, once it is quiet.
    const unchangedOnDisk = async () => !file.differs(await this.fs.readFile(file.path, this.maxBytes));
    if (!(await writeAtomically(this.fs, file.path, prepared.bytes, unchangedOnDisk))) {
      return 'changed on disk';
    }
    file.written(prepared);
    this.site.settle([file.path]);
    return { ok: true, value: result.value, written: [file.path] };
  }
}
