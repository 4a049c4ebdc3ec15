import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { PolicyDocument } from '../../core/model';
import { IndexedProvision, SearchHit, SearchIndex, addInSlices } from '../../core/search';
import { ProvisionNotesSource, notesSearchText } from './notes';

// Writing the index of a large library costs the extension host a few seconds: it waits until the index has not changed for this long.
const WRITE_DELAY_MS = 5_000;

/** Ranked search of provisions: what the quick picks, the tree filter and the API ask. */
export interface ProvisionSearcher {
  search(query: string, limit?: number): Promise<readonly SearchHit[]>;
}

/** Where the index is kept between sessions (policy-documents/.cache/search-index.bin). */
export interface IndexStore {
  /** The index kept, or undefined when there is none that is sound. */
  read(): Promise<SearchIndex | undefined>;
  write(index: SearchIndex): Promise<void>;
}

/**
 * The one search of the extension, owned by the search feature: provision numbers, titles and text in both
 * languages, and the tags and notes written on each provision. The index is read from the file an
 * earlier session kept, or built on the first query (never at activation), in slices that leave
 * the window responsive. An index read from the file answers at once: the library, read in the
 * background, then says which documents (and notes) changed since, only those are indexed again,
 * and the file is written anew. When documents are added or removed, only those are indexed or
 * dropped; when the notes change, only the documents whose notes changed are indexed again, from
 * the sentences already cut.
 */
export class NotesAwareSearcher implements ProvisionSearcher, vscode.Disposable {
  private index: Promise<SearchIndex> | undefined;
  /** What queries need not wait for: an index read from the file brought up to date, the file written. */
  private upkeep: Promise<void> = Promise.resolve();
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Notes changed since the index last read them. */
  private notesChanged = false;
  private disposed = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly getLibrary: () => Promise<Library>,
    private readonly notes: ProvisionNotesSource,
    onDidChangeNotes: vscode.Event<void>,
    private readonly notedDocuments?: () => Promise<ReadonlySet<string>>,
    /** The file of the workspace open now; undefined where nothing is kept (no folder, Restricted Mode). */
    private readonly store: () => IndexStore | undefined = () => undefined,
  ) {
    this.subscription = onDidChangeNotes(() => {
      this.notesChanged = true;
    });
  }

  async search(query: string, limit?: number): Promise<readonly SearchHit[]> {
    if (!this.index) {
      const opening = this.open();
      this.index = opening;
      // A failed build is not kept: the next query tries again.
      opening.catch(() => {
        if (this.index === opening) {
          this.index = undefined;
        }
      });
    }
    const index = await this.index;
    if (this.notesChanged) {
      this.notesChanged = false;
      await this.readNotes(index);
    }
    return index.search(query, limit);
  }

  /** Documents were added or removed: the index follows, before the next query is answered. */
  invalidate(): void {
    const built = this.index;
    if (!built) {
      return;
    }
    const updating = built.then(async (index) => {
      await this.upkeep;
      if (await this.follow(index)) {
        this.keep(index);
      }
      return index;
    });
    this.index = updating;
    updating.catch(() => {
      if (this.index === updating) {
        this.index = undefined;
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.writeTimer);
    this.subscription.dispose();
  }

  /** The index kept in the workspace, brought up to date in the background; else one built now (and kept). */
  private async open(): Promise<SearchIndex> {
    const kept = await this.store()
      ?.read()
      .catch(() => undefined);
    if (kept) {
      this.inBackground(async () => {
        const documentsChanged = await this.follow(kept);
        const notesChanged = await this.readNotes(kept);
        if (documentsChanged || notesChanged) {
          this.keep(kept);
        }
      });
      return kept;
    }
    const built = await this.build();
    this.keep(built);
    return built;
  }

  /** Writes the index to the workspace's file once it has stopped changing, after the work under way. */
  private keep(index: SearchIndex): void {
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => {
      if (!this.disposed) {
        this.inBackground(async () => this.store()?.write(index));
      }
    }, WRITE_DELAY_MS);
  }

  /** Runs after the work under way; a failure (a workspace that cannot be written) leaves the file as it was. */
  private inBackground(work: () => Promise<unknown>): void {
    this.upkeep = this.upkeep.then(work).then(
      () => undefined,
      () => undefined,
    );
  }

  private async build(): Promise<SearchIndex> {
    const library = await this.getLibrary();
    this.notesChanged = false;
    const texts = await this.notesTexts(library.documents);
    const index = new SearchIndex();
    await addInSlices(index, library.documents, (provision) => texts.get(provisionKey(provision)) ?? '', () => this.disposed);
    return index;
  }

  /**
   * Drops the documents the library no longer has and indexes those it has anew or read differently.
   * Resolves with whether any was.
   */
  private async follow(index: SearchIndex): Promise<boolean> {
    const library = await this.getLibrary();
    const kept = new Set(library.documents.map((document) => document.id));
    const gone = index.documentIds().filter((indexed) => !kept.has(indexed));
    for (const id of gone) {
      index.remove(id);
    }
    const changed = library.documents.filter((document) => !index.holds(document));
    const texts = await this.notesTexts(changed);
    await addInSlices(index, changed, (provision) => texts.get(provisionKey(provision)) ?? '', () => this.disposed);
    return gone.length > 0 || changed.length > 0;
  }

  /** Indexes again the notes of the documents whose notes changed; resolves with whether any had. */
  private async readNotes(index: SearchIndex): Promise<boolean> {
    const library = await this.getLibrary();
    const texts = await this.notesTexts(library.documents);
    let changed = false;
    for (const document of library.documents) {
      changed = index.updateExtra(document.id, (provision) => texts.get(provisionKey(provision)) ?? '') || changed;
    }
    return changed;
  }

  /** Each provision's tags and notes as search text; notes that cannot be read are left out rather than stopping the search. */
  private async notesTexts(documents: readonly PolicyDocument[]): Promise<Map<string, string>> {
    // A document without notes has none on any provision: its provisions are not asked one by one.
    const noted = await this.notedDocuments?.().catch(() => undefined);
    const provisions = documents.filter((document) => !noted || noted.has(document.id)).flatMap((document) => document.provisions);
    return new Map(
      await Promise.all(provisions.map(async (provision) => [provisionKey(provision), notesSearchText(await Promise.resolve(this.notes(provision)).catch(() => undefined))] as const)),
    );
  }
}

/** A provision as the notes' texts are looked up: the index read from a file holds no provision objects. */
function provisionKey(provision: IndexedProvision): string {
  return `${provision.documentId}#${provision.number}`;
}
