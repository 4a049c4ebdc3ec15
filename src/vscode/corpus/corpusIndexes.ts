import * as vscode from 'vscode';
import { CitationIndex, RelatedIndex } from '../../core/corpus';
import { Library } from '../../core/library';
import { Lazy } from '../lazy';
import { Services } from '../services';

/** Lets the extension host run what waits (keystrokes, hovers) between two slices of indexing. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The indexes of the corpus, built on first use from the library and dropped when documents are
 * added or removed: the shingles of related provisions and the citations between documents.
 */
export class CorpusIndexes implements vscode.Disposable {
  private related = this.lazyRelated();
  private citations = this.lazyCitations();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly services: Services) {
    this.subscription = services.onDidChangeLibrary(() => {
      this.related = this.lazyRelated();
      this.citations = this.lazyCitations();
    });
  }

  getRelated(): Promise<RelatedIndex> {
    return this.related.get();
  }

  getCitations(): Promise<CitationIndex> {
    return this.citations.get();
  }

  library(): Promise<Library> {
    return this.services.getLibrary();
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private lazyRelated(): Lazy<Promise<RelatedIndex>> {
    return new Lazy(async () => RelatedIndex.build((await this.services.getLibrary()).documents, nextTurn));
  }

  private lazyCitations(): Lazy<Promise<CitationIndex>> {
    return new Lazy(async () => new CitationIndex((await this.services.getLibrary()).documents));
  }
}
