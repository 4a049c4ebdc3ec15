import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { ProvisionSearch, SearchHit } from '../../core/search';
import { ProvisionNotesSource, notesSearchText } from './notes';

/** Ranked search of provisions: what the quick picks, the tree filter and the API ask. */
export interface ProvisionSearcher {
  search(query: string, limit?: number): Promise<readonly SearchHit[]>;
}

/**
 * The one search of the extension, owned by the search feature: provision numbers, titles and text in both
 * languages, and the tags and notes written on each provision. The index is built on the first
 * query (never at activation) and again on the first query after the notes changed.
 */
export class NotesAwareSearcher implements ProvisionSearcher, vscode.Disposable {
  private index: Promise<ProvisionSearch> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly getLibrary: () => Promise<Library>,
    private readonly notes: ProvisionNotesSource,
    onDidChangeNotes: vscode.Event<void>,
  ) {
    this.subscription = onDidChangeNotes(() => {
      this.index = undefined;
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
    return (await this.index).search(query, limit);
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private async build(): Promise<ProvisionSearch> {
    const library = await this.getLibrary();
    const provisions = library.documents.flatMap((document) => document.provisions);
    // Notes that cannot be read are left out of the search rather than stopping it.
    const texts = new Map(
      await Promise.all(provisions.map(async (provision) => [provision, notesSearchText(await Promise.resolve(this.notes(provision)).catch(() => undefined))] as const)),
    );
    return new ProvisionSearch(library.documents, (provision) => texts.get(provision) ?? '');
  }
}
