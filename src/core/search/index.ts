export { ProvisionSearch } from './provisionSearch';
export { SearchIndex } from './searchIndex';
export type { ExtraText, IndexedProvision, SearchHit } from './searchIndex';
export { addInSlices } from './slices';
export { readIndexFile, writeIndexFile } from './indexFile';
