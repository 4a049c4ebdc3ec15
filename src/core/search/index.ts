export { ProvisionSearch } from './provisionSearch';
export type { SearchHit } from './provisionSearch';
