import { Library } from '../../library';
import { Listeners } from '../../lib/listeners';
import { messageOf } from '../../lib/messageOf';
import { provisionId } from '../../model';
import { Anchor, createSpan, reanchor } from '../model/anchor';
import { Annotation, Codebook, Sidecar, SpanTarget, Tag, makeAnnotation, timestamp } from '../model/annotation';
import { mergeTagsIn, putAnnotation, removeAnnotation, renameTagIn, withParent } from '../model/edits';
import { CodingResult, CodingTarget, codePassages } from '../model/coding';
import { newAnnotationId } from '../model/ids';
import { DEFAULT_LIMITS, refusalReason } from '../../yaml';
import { NamedTags, resolveTagNames } from '../model/tagNames';
import { Edit, failure, joinPath, JOURNAL_NAME, MergingWriter, NotesFileSystem, Outcome, refuse } from '../../storage';
import { authorSlug } from '../model/authorSlug';
import { AnnotationIndex, indexAnnotations, reindexAnnotations } from './annotationIndex';
import { FileReport, fileReports } from './fileReports';
import { NotesLayout } from './notesLayout';
import { AnnotationsInOrder, annotationsInOrder } from './annotationOrder';
import { AnnotationChanges, NewAnnotation, PassageToCode, StoreChange, StoreOptions, TagChanges } from './storeOptions';
import { retag } from './retag';
import { TrackedNotes } from './trackedNotes';
import { localized } from '../../l10n/localized';

export type { FileReport } from './fileReports';
export type { Outcome } from '../../storage';

export type { AnnotationChanges, NewAnnotation, PassageToCode, StoreChange, StoreOptions, TagChanges } from './storeOptions';

const EMPTY_CODEBOOK: Codebook = { tags: [] };

/**
 * The annotations and codebook of one notes folder (see NotesLayout for where its files are).
 *
 * The store is the public face of its parts: the layout discovers files, TrackedNotes tracks what
 * each says, the index finds annotations by id, the MergingWriter re-reads, merges and writes
 * (see there), retag renames and merges tags across files. Nothing here throws for bad files:
 * problems are reported per file, and files with errors are not written.
 */
export class AnnotationStore {
  readonly author: string;
  private readonly library: Library;
  private readonly now: () => Date;
  private readonly layout: NotesLayout;
  private readonly fs: NotesFileSystem;
  private readonly tracked: TrackedNotes;
  private readonly writer: MergingWriter;
  private readonly changes = new Listeners<StoreChange>();
  private index: AnnotationIndex = { byId: new Map(), crossFileProblems: new Map() };
  private ordered: AnnotationsInOrder | undefined;
  private readonly readsAll: boolean;
  /** The documents whose sidecars are read (or being read), when not all are. */
  private readonly documentsRead = new Map<string, Promise<void>>();
  private readonly documentsDone = new Set<string>();
  /** The reading of every document under way, which callers meanwhile share (see readAll). */
  private readingAll: Promise<void> | undefined;

  private constructor(options: StoreOptions) {
    this.fs = options.fs;
    this.library = options.library;
    this.layout = new NotesLayout(options.notesFolder);
    this.author = options.author;
    this.now = options.now ?? (() => new Date());
    const limits = options.limits ?? DEFAULT_LIMITS;
    this.readsAll = (options.read ?? 'all') === 'all';
    this.tracked = new TrackedNotes(this.layout, this.library, limits, options.cache);
    this.writer = new MergingWriter(this.fs, {
      settle: (paths) => this.settle(paths),
      blocked: (path) => {
        const report = this.files().find((candidate) => candidate.path === path);
        return report && !report.writable ? refusalReason(report.problems) : undefined;
      },
      journal: joinPath(options.notesFolder, JOURNAL_NAME),
    }, limits.maxBytes, options.settling);
  }

  static async open(options: StoreOptions): Promise<AnnotationStore> {
    const store = new AnnotationStore(options);
    await store.refresh();
    return store;
  }

  // Reading

  /** Every readable annotation, in document order. */
  annotations(): Annotation[] {
    return [...this.inOrder().all];
  }

  /** The annotations on a document, or on one of its provisions, in document order. */
  annotationsOn(documentId: string, provision?: number): Annotation[] {
    const lists = this.inOrder();
    return [...((provision === undefined ? lists.byDocument.get(documentId) : lists.byProvision.get(provisionId(documentId, provision))) ?? [])];
  }

  /** The annotations in document order, sorted again only when the index changed (see annotationsInOrder). */
  private inOrder(): AnnotationsInOrder {
    if (this.ordered?.index !== this.index) {
      this.ordered = annotationsInOrder(this.index);
    }
    return this.ordered;
  }

  annotation(id: string): Annotation | undefined {
    return this.index.byId.get(id)?.annotation;
  }

  /** The sidecar that holds the annotation. */
  pathOf(id: string): string | undefined {
    return this.index.byId.get(id)?.path;
  }

  get codebook(): Codebook {
    return this.tracked.codebook.loaded?.content ?? EMPTY_CODEBOOK;
  }

  get codebookPath(): string {
    return this.layout.codebookPath;
  }

  /** The sidecar of a coder (by default, this store's) for a document. */
  sidecarPath(documentId: string, author: string = this.author): string {
    return this.layout.sidecarPath(documentId, author);
  }

  /** The existing files, by path, with their problems. */
  files(): FileReport[] {
    return fileReports(this.tracked, this.index);
  }

  /** Where a span annotation is in its provision's current text; undefined for whole provisions. */
  anchor(annotation: Annotation): Anchor | undefined {
    const span = annotation.span;
    const provision = this.library.provision(annotation.document, annotation.provision);
    return span && provision && reanchor(span, provision.text[span.language]);
  }

  /** Calls `listener` after each change; returns the function that stops it. */
  onDidChange(listener: (change: StoreChange) => void): () => void {
    return this.changes.add(listener);
  }

  /**
   * Reads files again: the given paths (as a file watcher reports them; other paths are ignored),
   * or the whole notes folder. A file that cannot be read gets a problem; only a notes folder that
   * cannot be listed makes this reject.
   */
  async refresh(paths?: readonly string[]): Promise<void> {
    const found = paths ?? [this.layout.codebookPath, ...(await this.layout.discover(this.fs)), ...this.tracked.sidecarPaths];
    // A document not read yet is read when it is asked for, as it is on disk then.
    const targets = this.readsAll ? found : found.filter((path) => path === this.layout.codebookPath || this.documentsRead.has(this.layout.documentOf(path) ?? ''));
    await this.readPaths(targets);
  }

  /**
   * Reads the sidecars of a document, once (see StoreOptions.read); at once when the store reads
   * all. Rejects only when the document's folder cannot be listed.
   */
  readDocument(documentId: string): Promise<void> {
    if (this.readsAll) {
      return Promise.resolve();
    }
    let reading = this.documentsRead.get(documentId);
    if (!reading) {
      reading = this.layout.discoverDocument(this.fs, documentId).then(async (paths) => {
        await this.readPaths(paths);
        this.documentsDone.add(documentId);
      });
      this.documentsRead.set(documentId, reading);
      reading.catch(() => this.documentsRead.delete(documentId));
    }
    return reading;
  }

  /**
   * Reads every document's sidecars (see readDocument). Callers that ask while a reading is under
   * way share it: the search asks once per provision of the library, and a listing of the notes
   * folder per provision was a hundred thousand round trips on a library of laws.
   */
  readAll(): Promise<void> {
    if (this.readsAll) {
      return Promise.resolve();
    }
    if (!this.readingAll) {
      const reading = this.layout.discoverDocuments(this.fs).then(async (documentIds) => {
        await Promise.all(documentIds.map((documentId) => this.readDocument(documentId)));
      });
      this.readingAll = reading;
      // Once settled, the next call lists the folder again: a document's notes may have appeared since.
      const settled = () => {
        if (this.readingAll === reading) {
          this.readingAll = undefined;
        }
      };
      reading.then(settled, settled);
    }
    return this.readingAll;
  }

  /** Whether the annotations of a document are known (its sidecars read). */
  isRead(documentId: string): boolean {
    return this.readsAll || this.documentsDone.has(documentId);
  }

  private async readPaths(targets: readonly string[]): Promise<void> {
    // The codebook first and settled alone: sidecars are checked against its tags, and a codebook
    // settled with them read every sidecar just read a second time (13 s for a team's 400 files).
    const codebookFirst = targets.includes(this.layout.codebookPath) && targets.length > 1;
    if (codebookFirst) {
      await this.readPaths([this.layout.codebookPath]);
    }
    const changed: string[] = [];
    await Promise.all(
      [...new Set(codebookFirst ? targets.filter((path) => path !== this.layout.codebookPath) : targets)].map(async (path) => {
        const file = this.tracked.file(path);
        if (file && (await this.tracked.readThrough(path, () => this.writer.read(file)))) {
          changed.push(path);
        }
      }),
    );
    this.settle(changed);
  }

  // Annotations

  /** Adds an annotation to this coder's sidecar for the document (creating it). */
  async add(input: NewAnnotation): Promise<Outcome<Annotation>> {
    const provision = this.library.provision(input.document, input.provision);
    if (!this.library.document(input.document) || !provision) {
      return failure(localized('refusal.noProvision', input.provision, input.document));
    }
    let span: SpanTarget | undefined;
    if (input.span) {
      try {
        span = createSpan(provision.text[input.span.language], input.span.language, input.span.start, input.span.end);
      } catch (thrown) {
        return failure(messageOf(thrown));
      }
    }
    const tags = input.tags ?? [];
    const unknown = this.unknownTag(tags);
    if (unknown) {
      return failure(unknown);
    }
    const time = timestamp(this.now());
    return this.editSidecar(this.sidecarPath(input.document), (current) => {
      const annotation = makeAnnotation({
        id: this.freshId(current),
        document: input.document,
        provision: input.provision,
        span,
        tags: [...new Set(tags)],
        note: nonBlank(input.note),
        author: current.author,
        created: time,
        updated: time,
      });
      return { next: putAnnotation(current, annotation), value: annotation };
    });
  }

  /** Changes tags or note; the annotation stays in its file, whoever its coder is. */
  async update(id: string, changes: AnnotationChanges): Promise<Outcome<Annotation>> {
    const entry = this.index.byId.get(id);
    if (!entry) {
      return failure(localized('refusal.noAnnotation', id));
    }
    const unknown = this.unknownTag(changes.tags ?? []);
    if (unknown) {
      return failure(unknown);
    }
    const time = timestamp(this.now());
    return this.editSidecar(entry.path, (current) => {
      const existing = current.annotations.find((annotation) => annotation.id === id);
      if (!existing) {
        return refuse(localized('refusal.deletedMeanwhile', id));
      }
      const tags = changes.tags ? [...new Set(changes.tags)] : existing.tags;
      const note = changes.note === undefined ? existing.note : nonBlank(changes.note);
      if (note === existing.note && tags.join('\n') === existing.tags.join('\n')) {
        return { next: current, value: existing };
      }
      const edited = makeAnnotation({ ...existing, tags, note: nonBlank(note), updated: time });
      return { next: putAnnotation(current, edited), value: edited };
    });
  }

  async delete(id: string): Promise<Outcome<void>> {
    const entry = this.index.byId.get(id);
    if (!entry) {
      return failure(localized('refusal.noAnnotation', id));
    }
    return this.editSidecar(entry.path, (current) => ({ next: removeAnnotation(current, id), value: undefined }));
  }

  /**
   * Writes copies of annotations (made elsewhere, e.g. carried to a new version of their
   * document) into the sidecar of `author` for `documentId`, their coder's file, not this
   * store's. A copy whose id exists already, in that file or any other, is left out: copying
   * again adds nothing twice, and a copy a coder has since edited stays as they left it.
   */
  async putCopies(documentId: string, author: string, copies: readonly Annotation[]): Promise<Outcome<Annotation[]>> {
    const foreign = copies.find((copy) => copy.document !== documentId || copy.author !== author);
    if (foreign) {
      return failure(localized('refusal.foreign', foreign.id, author, documentId));
    }
    const missing = copies.find((copy) => !this.library.provision(documentId, copy.provision));
    if (missing) {
      return failure(localized('refusal.noProvision', missing.provision, documentId));
    }
    const path = this.sidecarPath(documentId, author);
    // The document's other files first: a copy already in any of them is not made again.
    await this.readDocument(documentId).catch(() => undefined);
    return this.editSidecarOf(path, author, (current) => {
      const added = copies.filter((copy) => !this.index.byId.has(copy.id) && !current.annotations.some((annotation) => annotation.id === copy.id));
      return { next: added.reduce(putAnnotation, current), value: added };
    });
  }

  /** Puts a tag on a whole provision: on this coder's whole-provision annotation there, or on a new one. */
  async tagProvision(documentId: string, provision: number, tagId: string): Promise<Outcome<Annotation>> {
    if (!this.library.provision(documentId, provision)) {
      return failure(localized('refusal.noProvision', provision, documentId));
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
      const annotation = existing
        ? makeAnnotation({ ...existing, tags: [...existing.tags, tagId], updated: time })
        : makeAnnotation({ id: this.freshId(current), document: documentId, provision, tags: [tagId], author: current.author, created: time, updated: time });
      return { next: putAnnotation(current, annotation), value: annotation };
    });
  }

  /**
   * Codes passages of one document with tags in this coder's sidecar, in one save (see
   * codePassages: passages already coded with the tags are left alone).
   */
  async code(documentId: string, passages: readonly PassageToCode[], tags: readonly string[]): Promise<Outcome<CodingResult>> {
    const targets: CodingTarget[] = [];
    for (const passage of passages) {
      const provision = this.library.provision(documentId, passage.provision);
      if (!this.library.document(documentId) || !provision) {
        return failure(localized('refusal.noProvision', passage.provision, documentId));
      }
      try {
        const span = passage.span && createSpan(provision.text[passage.span.language], passage.span.language, passage.span.start, passage.span.end);
        targets.push({ provision: passage.provision, ...(span && { span }) });
      } catch (thrown) {
        return failure(messageOf(thrown));
      }
    }
    const unknown = this.unknownTag(tags);
    if (unknown) {
      return failure(unknown);
    }
    const time = timestamp(this.now());
    return this.editSidecar(this.sidecarPath(documentId), (current) => codePassages(current, targets, tags, { time, freshId: (sidecar) => this.freshId(sidecar) }));
  }

  // Codebook

  async addTag(tag: Tag): Promise<Outcome<Tag>> {
    return this.editCodebook((current) =>
      current.tags.some((existing) => existing.id === tag.id)
        ? refuse(localized('refusal.tagExists', tag.id))
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
        return refuse(localized('refusal.noTag', id));
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
    return retag(this.retagSite(), from, to, (codebook) => renameTagIn(codebook, from, to));
  }

  /** Removes tag `from` from the codebook; annotations that used it get `into` instead. */
  async mergeTags(from: string, into: string): Promise<Outcome<string>> {
    return retag(this.retagSite(), from, into, (codebook) => mergeTagsIn(codebook, from, into));
  }

  // Internals

  private retagSite(): Parameters<typeof retag>[0] {
    return {
      files: () => this.files(),
      usesTag: (path, tagId) => this.tracked.usesTag(path, tagId),
      editCodebook: (edit) => this.editCodebook(edit),
      editSidecar: (path, edit) => this.editSidecar(path, edit),
    };
  }

  /** An id unused in all files as loaded, and in the file as just re-read. */
  private freshId(current: Sidecar): string {
    return newAnnotationId((candidate) => this.index.byId.has(candidate) || current.annotations.some((annotation) => annotation.id === candidate));
  }

  private unknownTag(tags: readonly string[]): string | undefined {
    const known = new Set(this.codebook.tags.map((tag) => tag.id));
    const unknown = tags.find((tag) => !known.has(tag));
    return unknown === undefined ? undefined : localized('refusal.unknownTag', unknown);
  }

  private editSidecar<V>(path: string, edit: Edit<Sidecar, V>): Promise<Outcome<V>> {
    return this.editSidecarOf(path, this.author, edit);
  }

  /**
   * `author` is the coder a sidecar that does not exist yet is created for. Only that file is read
   * and written: a team's other files on the document are not (a save in a workspace of 400 coder
   * files took seconds reading them). A fresh id is random over 40 bits, so one equal to an id in
   * a file not read is a chance of one in millions, and `check` names it if it happens.
   */
  private async editSidecarOf<V>(path: string, author: string, edit: Edit<Sidecar, V>): Promise<Outcome<V>> {
    const sidecar = this.tracked.sidecar(path);
    if (!sidecar) {
      return failure(localized('refusal.notNotesFile', path));
    }
    const outcome = await this.tracked.readThrough(path, () => this.writer.edit(sidecar.file, () => ({ document: sidecar.documentId, author, annotations: [] }), edit));
    if (outcome.ok && outcome.written.length > 0) {
      this.tracked.keepWritten(path);
    }
    return outcome;
  }

  private editCodebook<V>(edit: Edit<Codebook, V>): Promise<Outcome<V>> {
    return this.writer.edit(this.tracked.codebook, () => EMPTY_CODEBOOK, edit);
  }

  /** After files changed: re-check what depends on them, rebuild the index, tell the listeners. */
  private settle(changed: readonly string[]): void {
    // The name once, not once for each of a team's 200,000 annotations.
    const ownName = `/${authorSlug(this.author)}.yaml`;
    const isOwn = (path: string): boolean => path.endsWith(ownName);
    if (changed.includes(this.layout.codebookPath)) {
      this.tracked.codebookChanged();
      this.index = indexAnnotations(this.tracked.loadedSidecars(), this.index, isOwn);
    } else if (changed.length > 0) {
      this.index = reindexAnnotations(this.tracked.loadedSidecars(), this.index, changed, isOwn);
    }
    if (changed.length > 0) {
      this.changes.fire({ paths: changed });
    }
  }
}

/** A blank note is no note. */
function nonBlank(note: string | undefined): string | undefined {
  return note === undefined || note.trim() === '' ? undefined : note;
}
