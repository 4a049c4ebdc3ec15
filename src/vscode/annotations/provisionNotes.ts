import { ProvisionNotesSource } from '../search/notes';
import { AnnotationService } from './annotationService';
import { bilingualLabel } from './labels';

/**
 * The workspace's tags and notes on a provision, for the hovers over references in drafts and
 * for the search index. Every coder's annotations count: the notes folder is the team's.
 */
export function provisionNotes(service: AnnotationService): ProvisionNotesSource {
  return async (provision) => {
    const store = await service.store();
    const annotations = store?.annotationsOn(provision.documentId, provision.number) ?? [];
    if (!store || annotations.length === 0) {
      return undefined;
    }
    const used = new Set(annotations.flatMap((annotation) => annotation.tags));
    return {
      tags: store.codebook.tags.filter((tag) => used.has(tag.id)).map(bilingualLabel),
      notes: annotations.flatMap((annotation) => (annotation.note === undefined ? [] : [annotation.note])),
    };
  };
}
