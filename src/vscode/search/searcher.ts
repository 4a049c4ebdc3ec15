import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { Provision } from '../../core/model';
import { SearchHit, SearchIndex, addInSlices } from '../../core/search';
import { ProvisionNotesSource, notesSearchText } from './notes';

/** Ranked search of provisions: what the quick picks, the tree filter and the API ask. */
export interface ProvisionSearcher {
  search(query: string, limit?: number): Promise<readonly SearchHit[]>;
}

/**
 * The one search of the extension, owned by the search feature: provision numbers, titles and text in both
 * languages, and the tags and notes written on each provision. The index is built on the first
 * query (never at activation), in slices that leave the window responsive; when the notes change,
 * only the documents whose notes changed are indexed again, from the sentences already cut.
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
      const texts = await this.notesTexts(library);
      for (const document of library.documents) {
        index.updateExtra(document.id, (provision) => texts.get(provision) ?? '');
      }
    }
    return index.search(query, limit);
  }

  /** The documents changed: the next query indexes them again. */
  invalidate(): void {
    this.index = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
  }

  private async build(): Promise<SearchIndex> {
    const library = await this.getLibrary();
    this.notesChanged = false;
    const texts = await this.notesTexts(library);
    const index = new SearchIndex();
    await addInSlices(index, library.documents, (provision) => texts.get(provision) ?? '', () => this.disposed);
    return index;
  }

  /** Each provision's tags and notes as search text; notes that cannot be read are left out rather than stopping the search. */
  private async notesTexts(library: Library): Promise<Map<Provision, string>> {
    const provisions = library.documents.flatMap((document) => document.provisions);
    return new Map(
      await Promise.all(provisions.map(async (provision) => [provision, notesSearchText(await Promise.resolve(this.notes(provision)).catch(() => undefined))] as const)),
    );
  }
}
