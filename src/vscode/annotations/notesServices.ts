import { ProvisionSearcher } from '../search/searcher';
import { Services } from '../services';
import { ProvisionFilter } from '../tree/filter';
import { AnnotationService } from './annotationService';

/**
 * What the annotation features work with: the shared services; the workspace's notes, which this
 * feature owns; and what other features offer it, wired in extension.ts: the search of provisions
 * (for the provision pick) and the Provisions tree's filter (for filtering by tag or author).
 */
export interface NotesServices {
  readonly shared: Services;
  readonly annotations: AnnotationService;
  readonly searcher: ProvisionSearcher;
  readonly filter: ProvisionFilter;
}
