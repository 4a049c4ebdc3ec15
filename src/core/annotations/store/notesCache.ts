import { joinPath, NotesFileSystem } from '../../storage';
import { Limits } from '../../yaml';
import { contentHash } from '../../lib/contentHash';
import { CACHE_FOLDER, MAX_CACHE_FILE_BYTES, writeCacheFile } from '../../documents/cache/documentCache';
import { DOCUMENTS_FOLDER } from '../../documents/documentFile';
import { Sidecar } from '../model/annotation';
import { cachedSidecar } from '../files/cachedSidecar';

/**
 * Coder files as read, kept between runs, so that `check`, `agreement`, the exports and the editor
 * read a team's 400 files (78 MiB of YAML) as JSON, several times faster, instead of parsing them
 * again. It lives beside the cache of parsed documents, in `policy-documents/.cache/notes/`: the
 * same folder keeps itself out of git, goes where the workspace goes, and is shared by the command
 * line and the editor; deleting it costs one parse per file.
 *
 * Only a file that read without any problem is kept, so a file with problems is read and reported
 * as ever. An entry stands for the bytes it was made from: its key is a hash of the file's bytes,
 * the reader's version and the limits it read under, so an edited file or a new reader misses. An
 * entry that is not JSON, not of that key and path, or not a sidecar in every member is ignored,
 * and the reading writes it anew. What the file is checked against besides its bytes (the
 * document, the codebook) is checked again on each use (readsCleanlyIn).
 */

const ENTRIES_FOLDER = joinPath(CACHE_FOLDER, 'notes');
// How notes are read and the layout of an entry: raise it when either changes (yaml's reading,
// sidecarFile.ts, the notes schema, cachedSidecar.ts), so that no entry of the old reading is used.
const READER_VERSION = 1;

interface CacheEntry {
  readonly key: string;
  readonly path: string;
  /** The file's value as parsed, which its source hands to a save: the annotations are read from it. */
  readonly value: unknown;
}

/** What a sound entry holds: the file's value, and the sidecar it says. */
export interface CachedNotes {
  readonly value: unknown;
  readonly sidecar: Sidecar;
}

/** The key of a coder file of these bytes, read by this reader under `limits`. */
export function notesKey(bytes: Uint8Array, limits: Limits): string {
  return `${READER_VERSION}-${limits.maxBytes}-${limits.maxDepth}-${limits.maxAliasCount}-${limits.maxExpansion}-${contentHash([bytes])}`;
}

export class NotesCache {
  /** Entries read ahead of the files they stand for, by the file's path; not checked yet. */
  private readonly recalled = new Map<string, unknown>();
  private readonly writing = new Set<Promise<void>>();
  private documentsFolder: Promise<boolean> | undefined;

  /**
   * `readingsWait`: a reading of the notes ends once its entries are on disk (the command line, whose
   * next run reads them). The editor's readings do not wait: on a busy disk each entry waits for its
   * fsync, and a file changed outside (a pull, another coder) would be shown seconds late.
   */
  constructor(
    private readonly fs: NotesFileSystem,
    private readonly options: { readonly readingsWait: boolean } = { readingsWait: true },
  ) {}

  /** Reads the entry of a file, if any, for `take` to find when the file is read. */
  async recall(path: string): Promise<void> {
    try {
      const bytes = await this.fs.readFile(entryPath(path), MAX_CACHE_FILE_BYTES);
      if (bytes) {
        this.recalled.set(path, JSON.parse(new TextDecoder('utf-8').decode(bytes)));
      }
    } catch {
      // Unreadable, not JSON, refused (a link, a device): as if there were no entry.
    }
  }

  /** Drops what `recall` read for a file that was not read after all (its bytes were known). */
  forget(path: string): void {
    this.recalled.delete(path);
  }

  /** What the file at `path` with bytes of `key` says, when its recalled entry is sound. */
  take(path: string, key: string): CachedNotes | undefined {
    const entry = this.recalled.get(path) as Partial<CacheEntry> | null | undefined;
    this.recalled.delete(path);
    const sidecar = entry?.key === key && entry.path === path ? cachedSidecar(entry.value) : undefined;
    return sidecar && { value: entry!.value, sidecar };
  }

  /**
   * Keeps the value of a file that read without problems. Written to a file of its own and moved
   * into place, so that another program reading it sees the old entry or the new one, never half.
   */
  keep(path: string, key: string, value: unknown): void {
    // A workspace without documents of its own (the embedded ones only) gets no folder for a cache.
    this.documentsFolder ??= this.fs.readDirectory(DOCUMENTS_FOLDER).then((entries) => entries.length > 0);
    const entry: CacheEntry = { key, path, value };
    const writing = this.documentsFolder
      .then(async (present) => {
        if (present) {
          await writeCacheFile(this.fs, entryPath(path), new TextEncoder().encode(JSON.stringify(entry)));
        }
      })
      .catch(() => {
        // A workspace that cannot be written (read-only, a virtual folder) simply has no cache.
      });
    this.writing.add(writing);
    void writing.then(() => this.writing.delete(writing));
  }

  /** Waits for the entries being written, when readings wait for them (see the constructor). */
  async written(): Promise<void> {
    if (this.options.readingsWait) {
      await Promise.all([...this.writing]);
    }
  }
}

/** An entry's file, named by a hash of the notes file's path (which the entry repeats, against two paths of one hash). */
function entryPath(path: string): string {
  return joinPath(ENTRIES_FOLDER, `${contentHash([new TextEncoder().encode(path)])}.json`);
}
