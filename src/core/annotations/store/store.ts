import { Library } from '../../library';
import { Bilingual, Language } from '../../model';
import { Anchor, createSpan, reanchor } from '../model/anchor';
import { AnnotationIndex, indexAnnotations } from './annotationIndex';
import { Annotation, Codebook, Sidecar, SpanTarget, Tag, compareAnnotations, timestamp } from '../model/annotation';
import { authorSlug } from '../model/authorSlug';
import { CODEBOOK_FORMAT, interpretCodebook, loadCodebook } from '../files/codebookFile';
import { Refusal, isRefusal, mergeTagsIn, putAnnotation, refuse, removeAnnotation, renameTagIn, replaceTag, withParent } from '../model/edits';
import { NotesFileSystem, joinPath, writeAtomically } from '../files/fileSystem';
import { newAnnotationId } from '../model/ids';
import { Problem, hasErrors, refusalReason } from '../model/problem';
import { SerialQueue } from '../../lib/serialQueue';
import { NamedTags, resolveTagNames } from '../model/tagNames';
import { SIDECAR_FORMAT, SidecarContext, interpretSidecar, loadSidecar } from '../files/sidecarFile';
import { TrackedFile } from './trackedFile';
import { isWritable } from '../files/yamlFile';
import { DEFAULT_LIMITS, Limits } from '../files/yamlSource';

export interface StoreOptions {
  readonly fs: NotesFileSystem;
  readonly library: Library;
  /** The notes folder, relative to the workspace root, e.g. `notes`. */
  readonly notesFolder: string;
  /** The display name of the coder who uses this store; new annotations go to their file. */
  readonly author: string;
  readonly now?: () => Date;
  readonly limits?: Limits;
}

export interface NewAnnotation {
  readonly document: string;
  readonly provision: number;
  /** Offsets in the provision's text in `language`; omitted for the whole provision. */
  readonly span?: { readonly language: Language; readonly start: number; readonly end: number };
  readonly tags?: readonly string[];
  readonly note?: string;
}

export interface AnnotationChanges {
  readonly tags?: readonly string[];
  /** Markdown; an empty or blank note removes it. */
  readonly note?: string;
}

export interface TagChanges {
  readonly label?: Bilingual;
  readonly description?: string;
  readonly color?: string;
  /** null makes the tag top-level. */
  readonly parent?: string | null;
}

export type Outcome<T> =
  | { readonly ok: true; readonly value: T; /** The files written; none when nothing changed. */ readonly written: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export interface FileReport {
  readonly path: string;
  readonly kind: 'notes' | 'codebook';
  readonly problems: readonly Problem[];
  /** False while the file has errors: the store refuses to write it, so nothing a person wrote is lost. */
  readonly writable: boolean;
}

/** Files whose content or problems changed; a codebook change can change every notes file's problems. */
export interface StoreChange {
  readonly paths: readonly string[];
}

const EMPTY_CODEBOOK: Codebook = { tags: [] };

type Edit<T, V> = (current: T) => { readonly next: T; readonly value: V } | Refusal;

/**
 * The annotations and codebook of one notes folder: `<folder>/codebook.yaml` and one sidecar
 * per document and coder, `<folder>/<document-id>/<author-slug>.yaml`.
 *
 * Every save re-reads its file and applies the edit to what is on disk now, so another window's
 * or another process's changes are merged by annotation id rather than overwritten (only the
 * annotations this edit touches take this store's version; deletions elsewhere stay deleted).
 * Saves of one file are serialised; writes go to a temporary file renamed over the target.
 * Nothing here throws for bad files: problems are reported per file, and files with errors are
 * not written.
 */
export class AnnotationStore {
  readonly author: string;
  private readonly fs: NotesFileSystem;
  private readonly library: Library;
  private readonly notesFolder: string;
  private readonly now: () => Date;
  private readonly limits: Limits;
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<(change: StoreChange) => void>();
  private readonly codebookFile: TrackedFile<Codebook>;
  private readonly sidecars = new Map<string, TrackedFile<Sidecar>>();
  private index: AnnotationIndex = { byId: new Map(), crossFileProblems: new Map() };

  private constructor(options: StoreOptions) {
    this.fs = options.fs;
    this.library = options.library;
    this.notesFolder = joinPath(options.notesFolder);
    this.author = options.author;
    this.now = options.now ?? (() => new Date());
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.codebookFile = new TrackedFile(joinPath(this.notesFolder, 'codebook.yaml'), CODEBOOK_FORMAT, {
      load: (bytes) => loadCodebook(bytes, this.limits),
      interpret: interpretCodebook,
    });
  }

  static async open(options: StoreOptions): Promise<AnnotationStore> {
    const store = new AnnotationStore(options);
    await store.refresh();
    return store;
  }

  // Reading

  /** Every readable annotation, in document order. */
  annotations(): Annotation[] {
    return [...this.index.byId.values()].map((entry) => entry.annotation).sort(compareAnnotations);
  }

  /** The annotations on a document, or on one of its provisions, in document order. */
  annotationsOn(documentId: string, provision?: number): Annotation[] {
    return this.annotations().filter((annotation) => annotation.document === documentId && (provision === undefined || annotation.provision === provision));
  }

  annotation(id: string): Annotation | undefined {
    return this.index.byId.get(id)?.annotation;
  }

  /** The sidecar that holds the annotation. */
  pathOf(id: string): string | undefined {
    return this.index.byId.get(id)?.path;
  }

  get codebook(): Codebook {
    return this.codebookFile.loaded?.content ?? EMPTY_CODEBOOK;
  }

  get codebookPath(): string {
    return this.codebookFile.path;
  }

  /** The sidecar of a coder (by default, this store's) for a document. */
  sidecarPath(documentId: string, author: string = this.author): string {
    return joinPath(this.notesFolder, documentId, `${authorSlug(author)}.yaml`);
  }

  /** The existing files, by path, with their problems. */
  files(): FileReport[] {
    const reports: FileReport[] = [];
    const codebook = this.codebookFile.loaded;
    if (codebook) {
      reports.push({ path: this.codebookFile.path, kind: 'codebook', problems: codebook.problems, writable: isWritable(codebook) });
    }
    for (const [path, file] of [...this.sidecars].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (file.loaded) {
        const problems = [...file.loaded.problems, ...(this.index.crossFileProblems.get(path) ?? [])];
        reports.push({ path, kind: 'notes', problems, writable: isWritable(file.loaded) && !hasErrors(problems) });
      }
    }
    return reports;
  }

  /** Where a span annotation is in its provision's current text; undefined for whole provisions. */
  anchor(annotation: Annotation): Anchor | undefined {
    const span = annotation.span;
    const provision = this.library.provision(annotation.document, annotation.provision);
    return span && provision && reanchor(span, provision.text[span.language]);
  }

  /** Calls `listener` after each change; returns the function that stops it. */
  onDidChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads files again: the given paths (as a file watcher reports them; other paths are ignored),
   * or the whole notes folder. A file that cannot be read gets a problem; only a notes folder that
   * cannot be listed makes this reject.
   */
  async refresh(paths?: readonly string[]): Promise<void> {
    const targets = paths ?? [this.codebookFile.path, ...(await this.discoverSidecars()), ...this.sidecars.keys()];
    const changed = new Set<string>();
    await Promise.all(
      [...new Set(targets)].map((path) => {
        const file = this.track(path);
        return (
          file &&
          this.queue.run(path, async () => {
            try {
              if (file.accept(await this.fs.readFile(path))) {
                changed.add(path);
              }
            } catch (thrown) {
              file.unreadable(thrown instanceof Error ? thrown.message : String(thrown));
              changed.add(path);
            }
          })
        );
      }),
    );
    this.settle([...changed]);
  }

  // Annotations

  /** Adds an annotation to this coder's sidecar for the document (creating it). */
  async add(input: NewAnnotation): Promise<Outcome<Annotation>> {
    const provision = this.library.provision(input.document, input.provision);
    if (!this.library.document(input.document) || !provision) {
      return failure(`there is no provision ${input.provision} in "${input.document}"`);
    }
    let span: SpanTarget | undefined;
    if (input.span) {
      try {
        span = createSpan(provision.text[input.span.language], input.span.language, input.span.start, input.span.end);
      } catch (thrown) {
        return failure(thrown instanceof Error ? thrown.message : String(thrown));
      }
    }
    const tags = input.tags ?? [];
    const unknown = this.unknownTag(tags);
    if (unknown) {
      return failure(unknown);
    }
    const time = timestamp(this.now());
    return this.editSidecar(this.sidecarPath(input.document), (current) => {
      const annotation: Annotation = {
        id: this.freshId(current),
        document: input.document,
        provision: input.provision,
        ...(span && { span }),
        tags: [...new Set(tags)],
        ...noteField(input.note),
        author: current.author,
        created: time,
        updated: time,
      };
      return { next: putAnnotation(current, annotation), value: annotation };
    });
  }

  /** Changes tags or note; the annotation stays in its file, whoever its coder is. */
  async update(id: string, changes: AnnotationChanges): Promise<Outcome<Annotation>> {
    const entry = this.index.byId.get(id);
    if (!entry) {
      return failure(`there is no annotation ${id}`);
    }
    const unknown = this.unknownTag(changes.tags ?? []);
    if (unknown) {
      return failure(unknown);
    }
    const time = timestamp(this.now());
    return this.editSidecar(entry.path, (current) => {
      const existing = current.annotations.find((annotation) => annotation.id === id);
      if (!existing) {
        return refuse(`annotation ${id} was deleted in the meantime (in another window or by hand)`);
      }
      const tags = changes.tags ? [...new Set(changes.tags)] : existing.tags;
      const note = changes.note === undefined ? existing.note : noteField(changes.note).note;
      if (note === existing.note && tags.join('\n') === existing.tags.join('\n')) {
        return { next: current, value: existing };
      }
      const edited: Annotation = {
        id: existing.id,
        document: existing.document,
        provision: existing.provision,
        ...(existing.span && { span: existing.span }),
        tags,
        ...noteField(note),
        author: existing.author,
        created: existing.created,
        updated: time,
      };
      return { next: putAnnotation(current, edited), value: edited };
    });
  }

  async delete(id: string): Promise<Outcome<void>> {
    const entry = this.index.byId.get(id);
    if (!entry) {
      return failure(`there is no annotation ${id}`);
    }
    return this.editSidecar(entry.path, (current) => ({ next: removeAnnotation(current, id), value: undefined }));
  }

  /** Puts a tag on a whole provision: on this coder's whole-provision annotation there, or on a new one. */
  async tagProvision(documentId: string, provision: number, tagId: string): Promise<Outcome<Annotation>> {
    if (!this.library.provision(documentId, provision)) {
      return failure(`there is no provision ${provision} in "${documentId}"`);
    }
    const unknown = this.unknownTag([tagId]);
    if (unknown) {
      return failure(unknown);
    }
    const time = timestamp(this.now());
    return this.editSidecar(this.sidecarPath(documentId), (current) => {
      const existing = current.annotations.find((annotation) => annotation.provision === provision && !annotation.span);
      if (existing?.tags.includes(tagId)) {
        return { next: current, value: existing };
      }
      const annotation: Annotation = existing
        ? { ...existing, tags: [...existing.tags, tagId], updated: time }
        : {
            id: this.freshId(current),
            document: documentId,
            provision,
            tags: [tagId],
            author: current.author,
            created: time,
            updated: time,
          };
      return { next: putAnnotation(current, annotation), value: annotation };
    });
  }

  // Codebook

  async addTag(tag: Tag): Promise<Outcome<Tag>> {
    return this.editCodebook((current) =>
      current.tags.some((existing) => existing.id === tag.id)
        ? refuse(`the codebook already has a tag "${tag.id}"`)
        : { next: { tags: [...current.tags, tag] }, value: tag },
    );
  }

  /**
   * The ids of the tags named (by id or label, see resolveTagNames), first adding to the codebook, in
   * one save, those it does not have: codes are made while coding. Writes nothing when it has them all.
   */
  async provideTags(names: readonly string[]): Promise<Outcome<NamedTags>> {
    const named = resolveTagNames(this.codebook, names);
    if ('refused' in named) {
      return failure(named.refused);
    }
    if (named.created.length === 0) {
      return { ok: true, value: named, written: [] };
    }
    // Resolved again on the codebook as re-read, which another coder may have changed meanwhile.
    return this.editCodebook((current) => {
      const again = resolveTagNames(current, names);
      return 'refused' in again ? refuse(again.refused) : { next: { tags: [...current.tags, ...again.created] }, value: again };
    });
  }

  async updateTag(id: string, changes: TagChanges): Promise<Outcome<Tag>> {
    return this.editCodebook((current) => {
      const existing = current.tags.find((tag) => tag.id === id);
      if (!existing) {
        return refuse(`the codebook has no tag "${id}"`);
      }
      const { parent, ...rest } = changes;
      const edited = withParent({ ...existing, ...rest }, parent === undefined ? existing.parent : (parent ?? undefined));
      return { next: { tags: current.tags.map((tag) => (tag.id === id ? edited : tag)) }, value: edited };
    });
  }

  /**
   * Renames a tag in the codebook and in every sidecar that uses it (other coders' files too, but
   * only those). Refused as a whole if any file involved has errors.
   */
  async renameTag(from: string, to: string): Promise<Outcome<string>> {
    return this.retag(from, to, (codebook) => renameTagIn(codebook, from, to));
  }

  /** Removes tag `from` from the codebook; annotations that used it get `into` instead. */
  async mergeTags(from: string, into: string): Promise<Outcome<string>> {
    return this.retag(from, into, (codebook) => mergeTagsIn(codebook, from, into));
  }

  // Internals

  private async retag(from: string, to: string, editCodebook: (codebook: Codebook) => Codebook | Refusal): Promise<Outcome<string>> {
    const blocked = this.files().find((file) => !file.writable && (file.kind === 'codebook' || this.usesTag(file.path, from)));
    if (blocked) {
      return failure(`${blocked.path} is not written while ${refusalReason(blocked.problems)}`);
    }
    const codebook = await this.editCodebook((current) => {
      const next = editCodebook(current);
      return isRefusal(next) ? next : { next, value: to };
    });
    if (!codebook.ok) {
      return codebook;
    }
    const written = [...codebook.written];
    const failures: string[] = [];
    // Every writable sidecar is re-read and edited, as one may have started to use the tag since it was
    // loaded; an edit that changes nothing writes nothing. Files with errors were checked above.
    for (const { path } of this.files().filter((file) => file.kind === 'notes' && file.writable)) {
      const outcome = await this.editSidecar(path, (current) => ({ next: replaceTag(current, from, to), value: undefined }));
      if (outcome.ok) {
        written.push(...outcome.written);
      } else {
        failures.push(outcome.reason);
      }
    }
    return failures.length > 0 ? failure(`the codebook was changed, but not every note: ${failures.join('; ')}`) : { ok: true, value: to, written };
  }

  /** An id unused in all files as loaded, and in the file as just re-read. */
  private freshId(current: Sidecar): string {
    return newAnnotationId((candidate) => this.index.byId.has(candidate) || current.annotations.some((annotation) => annotation.id === candidate));
  }

  private usesTag(path: string, tagId: string): boolean {
    return this.sidecars.get(path)?.loaded?.content?.annotations.some((annotation) => annotation.tags.includes(tagId)) ?? false;
  }

  private unknownTag(tags: readonly string[]): string | undefined {
    const known = new Set(this.codebook.tags.map((tag) => tag.id));
    const unknown = tags.find((tag) => !known.has(tag));
    return unknown === undefined ? undefined : `unknown tag "${unknown}": add it to the codebook first`;
  }

  private editSidecar<V>(path: string, edit: Edit<Sidecar, V>): Promise<Outcome<V>> {
    const file = this.trackSidecar(path);
    if (!file) {
      return Promise.resolve(failure(`${path} is not a notes file`));
    }
    return this.editFile(file.file, () => ({ document: file.documentId, author: this.author, annotations: [] }), edit);
  }

  private editCodebook<V>(edit: Edit<Codebook, V>): Promise<Outcome<V>> {
    return this.editFile(this.codebookFile, () => EMPTY_CODEBOOK, edit);
  }

  /** Re-read, merge, write: see the class comment. */
  private editFile<T, V>(file: TrackedFile<T>, empty: () => T, edit: Edit<T, V>): Promise<Outcome<V>> {
    return this.queue.run(file.path, async () => {
      try {
        if (file.accept(await this.fs.readFile(file.path))) {
          this.settle([file.path]);
        }
        const report = this.files().find((candidate) => candidate.path === file.path);
        if (report && !report.writable) {
          return failure(`${file.path} is not written while ${refusalReason(report.problems)}`);
        }
        const result = edit(file.loaded?.content ?? empty());
        if (isRefusal(result)) {
          return failure(result.refused);
        }
        const prepared = file.prepare(result.next);
        if (prepared.status === 'refused') {
          return failure(`${file.path} was not written: ${prepared.reason}`);
        }
        if (prepared.status === 'unchanged') {
          return { ok: true, value: result.value, written: [] };
        }
        await writeAtomically(this.fs, file.path, prepared.bytes);
        file.written(prepared);
        this.settle([file.path]);
        return { ok: true, value: result.value, written: [file.path] };
      } catch (thrown) {
        return failure(`${file.path} could not be saved: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
      }
    });
  }

  /** After files changed: re-check what depends on them, rebuild the index, tell the listeners. */
  private settle(changed: readonly string[]): void {
    if (changed.includes(this.codebookFile.path)) {
      // Unknown-tag warnings depend on the codebook.
      this.sidecars.forEach((file) => file.reparse());
    }
    this.index = indexAnnotations(new Map([...this.sidecars].map(([path, file]) => [path, file.loaded])));
    if (changed.length > 0) {
      const change: StoreChange = { paths: changed };
      this.listeners.forEach((listener) => listener(change));
    }
  }


  /** The file behind a path: the codebook, a sidecar, or nothing the store reads. */
  private track(path: string): TrackedFile<Codebook> | TrackedFile<Sidecar> | undefined {
    return path === this.codebookFile.path ? this.codebookFile : this.trackSidecar(path)?.file;
  }

  /** The sidecar at `<folder>/<document id>/<name>.yaml`, tracked from now on. */
  private trackSidecar(path: string): { readonly file: TrackedFile<Sidecar>; readonly documentId: string } | undefined {
    const prefix = this.notesFolder === '' ? '' : `${this.notesFolder}/`;
    const documentId = path.startsWith(prefix) ? /^([^/]+)\/[^/]+\.yaml$/.exec(path.slice(prefix.length))?.[1] : undefined;
    if (documentId === undefined) {
      return undefined;
    }
    let file = this.sidecars.get(path);
    if (!file) {
      const context = (): SidecarContext => ({
        documentId,
        document: this.library.documents.find((document) => document.id === documentId),
        tagIds: new Set(this.codebook.tags.map((tag) => tag.id)),
        limits: this.limits,
      });
      file = new TrackedFile<Sidecar>(path, SIDECAR_FORMAT, {
        load: (bytes) => loadSidecar(bytes, context()),
        interpret: (value, at) => interpretSidecar(value, at, context()),
      });
      this.sidecars.set(path, file);
    }
    return { file, documentId };
  }

  private async discoverSidecars(): Promise<string[]> {
    const paths: string[] = [];
    for (const [folder, type] of await this.fs.readDirectory(this.notesFolder)) {
      if (type === 'directory') {
        for (const [name, entryType] of await this.fs.readDirectory(joinPath(this.notesFolder, folder))) {
          if (entryType === 'file' && name.endsWith('.yaml')) {
            paths.push(joinPath(this.notesFolder, folder, name));
          }
        }
      }
    }
    return paths;
  }
}

function failure(reason: string): { readonly ok: false; readonly reason: string } {
  return { ok: false, reason };
}

/** A blank note is no note. */
function noteField(note: string | undefined): { readonly note?: string } {
  return note === undefined || note.trim() === '' ? {} : { note };
}
