import { SerialQueue } from '../../lib/serialQueue';
import { Refusal, isRefusal } from '../model/edits';
import { NotesFileSystem, writeAtomically } from '../files/fileSystem';
import { messageOf } from '../../lib/messageOf';
import { Outcome, failure } from './outcome';
import { TrackedFile } from './trackedFile';
import { localized } from '../../l10n/localized';

/** A change to a file's content, made on what the file says now; `value` is what the caller gets. */
export type Edit<T, V> = (current: T) => { readonly next: T; readonly value: V } | Refusal;

/** What the writer tells and asks the store. */
export interface WriterSite {
  /** After files changed (read or written): re-check what depends on them, tell the listeners. */
  settle(paths: readonly string[]): void;
  /** Why the file must not be written now (it has errors), or undefined. */
  blocked(path: string): string | undefined;
}

/**
 * Reads and writes tracked files one at a time per file. Every save re-reads its file and applies
 * the edit to what is on disk now, so another window's or another process's changes are merged by
 * annotation id rather than overwritten (only the annotations the edit touches take this store's
 * version; deletions elsewhere stay deleted). Writes go to a temporary file renamed over the target.
 */
export class MergingWriter {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly fs: NotesFileSystem,
    private readonly site: WriterSite,
  ) {}

  /** Reads a file again; true when it changed. A file that cannot be read gets a problem instead. */
  read(file: Pick<TrackedFile<unknown>, 'path' | 'accept' | 'unreadable'>): Promise<boolean> {
    return this.queue.run(file.path, async () => {
      try {
        return file.accept(await this.fs.readFile(file.path));
      } catch (thrown) {
        file.unreadable(messageOf(thrown));
        return true;
      }
    });
  }

  /** Re-read, merge, write: see the class comment. `empty` is the content of a file that does not exist. */
  edit<T, V>(file: TrackedFile<T>, empty: () => T, edit: Edit<T, V>): Promise<Outcome<V>> {
    return this.queue.run(file.path, async () => {
      try {
        if (file.accept(await this.fs.readFile(file.path))) {
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
        await writeAtomically(this.fs, file.path, prepared.bytes);
        file.written(prepared);
        this.site.settle([file.path]);
        return { ok: true, value: result.value, written: [file.path] };
      } catch (thrown) {
        return failure(localized('refusal.notSaved', file.path, messageOf(thrown)));
      }
    });
  }
}
