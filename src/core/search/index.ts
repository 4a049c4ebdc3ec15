export { ProvisionSearch } from './provisionSearch';
export { SearchIndex } from './searchIndex';
export type { ExtraText, SearchHit } from './searchIndex';
export { addInSlices } from './slices';
