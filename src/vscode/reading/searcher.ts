import { ProvisionSearch, SearchHit } from '../../core/search';
import { Lazy } from '../lazy';
import { Services } from '../services';

/**
 * The search the reading commands and the tree filter share. An interface, so a feature that
 * knows more text per provision (notes, tags) can hand in a search that indexes it too.
 */
export interface ProvisionSearcher {
  search(query: string, limit?: number): Promise<readonly SearchHit[]>;
}

/** Searches the library's documents; the index is built on the first query, not at activation. */
export function librarySearcher(services: Services): ProvisionSearcher {
  const search = new Lazy(async () => new ProvisionSearch((await services.getLibrary()).documents));
  return {
    search: async (query, limit) => (await search.get()).search(query, limit),
  };
}
