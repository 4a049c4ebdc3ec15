import { Library } from '../../library';
import { Codebook, Sidecar } from '../model/annotation';
import { CODEBOOK_FORMAT, interpretCodebook, loadCodebook } from '../files/codebookFile';
import { LoadedSidecar, SIDECAR_FORMAT, SidecarContext, interpretSidecar, loadSidecar, readsCleanlyIn } from '../files/sidecarFile';
import { Limits, knownSource } from '../../yaml';
import { NotesCache, notesKey } from './notesCache';
import { NotesLayout } from './notesLayout';
import { TrackedFile } from '../../storage';

export interface TrackedSidecar {
  readonly file: TrackedFile<Sidecar>;
  readonly documentId: string;
}

/**
 * The files of a notes folder that a store has seen: the codebook, and each sidecar from the
 * moment a path of one is read or written. Sidecars are read against the library and the
 * codebook's tags as they are when read; `codebookChanged` reads them again. With a cache, a
 * sidecar read for the first time is taken from its entry when the entry is sound (notesCache.ts).
 */
export class TrackedNotes {
  readonly codebook: TrackedFile<Codebook>;
  private readonly sidecars = new Map<string, TrackedSidecar>();
  private knownTagIds: { readonly codebook: Codebook | undefined; readonly ids: ReadonlySet<string> } | undefined;

  constructor(
    private readonly layout: NotesLayout,
    private readonly library: Library,
    private readonly limits: Limits,
    private readonly cache?: NotesCache,
  ) {
    this.codebook = new TrackedFile(layout.codebookPath, CODEBOOK_FORMAT, {
      load: (bytes) => loadCodebook(bytes, limits),
      interpret: interpretCodebook,
    });
  }

  /** The file behind a path: the codebook, a sidecar, or nothing the store reads. */
  file(path: string): TrackedFile<Codebook> | TrackedFile<Sidecar> | undefined {
    return path === this.codebook.path ? this.codebook : this.sidecar(path)?.file;
  }

  /** The sidecar at a sidecar's path, tracked from now on; undefined for other paths. */
  sidecar(path: string): TrackedSidecar | undefined {
    const known = this.sidecars.get(path);
    if (known) {
      return known;
    }
    const documentId = this.layout.documentOf(path);
    if (documentId === undefined) {
      return undefined;
    }
    const context = (): SidecarContext => ({
      documentId,
      document: this.library.documents.find((document) => document.id === documentId),
      tagIds: this.tagIds(),
      limits: this.limits,
      fileSlug: path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length),
    });
    const file = new TrackedFile<Sidecar>(path, SIDECAR_FORMAT, {
      load: (bytes) => this.loadSidecar(path, bytes, context()),
      interpret: (value, at) => interpretSidecar(value, at, context()),
    });
    const tracked = { file, documentId };
    this.sidecars.set(path, tracked);
    return tracked;
  }

  /**
   * Reads a file through `read` (a reading, or a save, which reads first), with its cache entry at
   * hand when it is a sidecar not read yet (a file read again has changed since, and its entry with
   * it), and waits for the entries written.
   */
  async readThrough<V>(path: string, read: () => Promise<V>): Promise<V> {
    const cache = this.cache;
    if (!cache || path === this.codebook.path || this.sidecars.get(path)?.file.loaded) {
      return read();
    }
    await cache.recall(path);
    try {
      return await read();
    } finally {
      cache.forget(path);
      await cache.written();
    }
  }

  /** What a sidecar's bytes say: from the cache when it has them, else read (and kept when clean). */
  private loadSidecar(path: string, bytes: Uint8Array, context: SidecarContext): LoadedSidecar {
    if (!this.cache) {
      return loadSidecar(bytes, context);
    }
    const key = notesKey(bytes, this.limits);
    const cached = this.cache.take(path, key);
    if (cached && readsCleanlyIn(cached.sidecar, context)) {
      return { source: knownSource(bytes, cached.value, this.limits), content: cached.sidecar, problems: [] };
    }
    const loaded = loadSidecar(bytes, context);
    this.keep(path, key, loaded);
    return loaded;
  }

  /** After a save of a sidecar: what it wrote, kept for the next reading (the next `annotate`). */
  keepWritten(path: string): void {
    const file = this.sidecars.get(path)?.file;
    if (file?.bytes && file.loaded) {
      this.keep(path, notesKey(file.bytes, this.limits), file.loaded);
    }
  }

  /** Keeps a file's value in the cache under its bytes' key, if it read without any problem. */
  private keep(path: string, key: string, loaded: LoadedSidecar): void {
    if (this.cache && loaded.source && loaded.content && loaded.problems.length === 0) {
      this.cache.keep(path, key, loaded.source.value);
    }
  }

  /** The codebook's tag ids, the same set while the codebook is unchanged (checks of sidecars are kept by it). */
  private tagIds(): ReadonlySet<string> {
    const codebook = this.codebook.loaded?.content;
    if (!this.knownTagIds || this.knownTagIds.codebook !== codebook) {
      this.knownTagIds = { codebook, ids: new Set(codebook?.tags.map((tag) => tag.id)) };
    }
    return this.knownTagIds.ids;
  }

  get sidecarPaths(): string[] {
    return [...this.sidecars.keys()];
  }

  /** Each tracked sidecar as last read or written (undefined: no file), by path. */
  loadedSidecars(): Map<string, LoadedSidecar | undefined> {
    return new Map([...this.sidecars].map(([path, { file }]) => [path, file.loaded]));
  }

  /** Unknown-tag warnings depend on the codebook: read every sidecar again against the new one. */
  codebookChanged(): void {
    this.sidecars.forEach(({ file }) => file.reparse());
  }

  usesTag(path: string, tagId: string): boolean {
    return this.sidecars.get(path)?.file.loaded?.content?.annotations.some((annotation) => annotation.tags.includes(tagId)) ?? false;
  }
}
