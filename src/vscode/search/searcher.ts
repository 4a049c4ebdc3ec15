import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { PolicyDocument, Provision } from '../../core/model';
import { SearchHit, SearchIndex, addInSlices } from '../../core/search';
import { ProvisionNotesSource, notesSearchText } from './notes';

/** Ranked search of provisions: what the quick picks, the tree filter and the API ask. */
export interface ProvisionSearcher {
  search(query: string, limit?: number): Promise<readonly SearchHit[]>;
}

/**
 * The one search of the extension, owned by the search feature: provision numbers, titles and text in both
 * languages, and the tags and notes written on each provision. The index is built on the first
 * query (never at activation), in slices that leave the window responsive; when documents are
 * added or removed, only those are indexed or dropped; when the notes change, only the documents
 * whose notes changed are indexed again, from the sentences already cut.
 */
export class NotesAwareSearcher implements ProvisionSearcher, vscode.Disposable {
  private index: Promise<SearchIndex> | undefined;
  /** Notes changed since the index last read them. */
  private notesChanged = false;
  private disposed = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly getLibrary: () => Promise<Library>,
    private readonly notes: ProvisionNotesSource,
    onDidChangeNotes: vscode.Event<void>,
    private readonly notedDocuments?: () => Promise<ReadonlySet<string>>,
  ) {
    this.subscription = onDidChangeNotes(() => {
      this.notesChanged = true;
    });
  }

  async search(query: string, limit?: number): Promise<readonly SearchHit[]> {
    if (!this.index) {
      const building = this.build();
      this.index = building;
      // A failed build is not kept: the next query tries again.
      building.catch(() => {
        if (this.index === building) {
          this.index = undefined;
        }
      });
    }
    const index = await this.index;
    if (this.notesChanged) {
      this.notesChanged = false;
      const library = await this.getLibrary();
      const texts = await this.notesTexts(library.documents);
      for (const document of library.documents) {
        index.updateExtra(document.id, (provision) => texts.get(provision) ?? '');
      }
    }
    return index.search(query, limit);
  }

  /** Documents were added or removed: the index follows, before the next query is answered. */
  invalidate(): void {
    const built = this.index;
    if (!built) {
      return;
    }
    const updating = built.then((index) => this.follow(index));
    this.index = updating;
    updating.catch(() => {
      if (this.index === updating) {
        this.index = undefined;
      }
    });
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
  }

  private async build(): Promise<SearchIndex> {
    const library = await this.getLibrary();
    this.notesChanged = false;
    const texts = await this.notesTexts(library.documents);
    const index = new SearchIndex();
    await addInSlices(index, library.documents, (provision) => texts.get(provision) ?? '', () => this.disposed);
    return index;
  }

  /** Drops the documents the library no longer has and indexes those it has anew or read differently. */
  private async follow(index: SearchIndex): Promise<SearchIndex> {
    const library = await this.getLibrary();
    const kept = new Set(library.documents.map((document) => document.id));
    for (const id of index.documentIds().filter((indexed) => !kept.has(indexed))) {
      index.remove(id);
    }
    const changed = library.documents.filter((document) => !index.holds(document));
    const texts = await this.notesTexts(changed);
    await addInSlices(index, changed, (provision) => texts.get(provision) ?? '', () => this.disposed);
    return index;
  }

  /** Each provision's tags and notes as search text; notes that cannot be read are left out rather than stopping the search. */
  private async notesTexts(documents: readonly PolicyDocument[]): Promise<Map<Provision, string>> {
    // A document without notes has none on any provision: its provisions are not asked one by one.
    const noted = await this.notedDocuments?.().catch(() => undefined);
    const provisions = documents.filter((document) => !noted || noted.has(document.id)).flatMap((document) => document.provisions);
    return new Map(
      await Promise.all(provisions.map(async (provision) => [provision, notesSearchText(await Promise.resolve(this.notes(provision)).catch(() => undefined))] as const)),
    );
  }
}
