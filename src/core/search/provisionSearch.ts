import { PolicyDocument } from '../model';
import { ExtraText, SearchHit, SearchIndex } from './searchIndex';

/**
 * A search of a fixed set of documents, indexed on the first search (so `extra` is read then):
 * what the command line and one-off searches need. A corpus that changes keeps a `SearchIndex`.
 */
export class ProvisionSearch {
  private index: SearchIndex | undefined;

  constructor(
    private readonly documents: readonly PolicyDocument[],
    private readonly extra?: ExtraText,
  ) {}

  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    if (!this.index) {
      this.index = new SearchIndex();
      for (const document of this.documents) {
        this.index.add(document, this.extra);
      }
    }
    return this.index.search(query, limit);
  }
}
