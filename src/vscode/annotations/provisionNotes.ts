import { ProvisionNotesSource } from '../search/notes';
import { AnnotationService } from './annotationService';
import { AnnotationStore } from '../../core/annotations/store/store';
import { bilingualLabel } from './labels';

/**
 * The workspace's tags and notes on a provision, for the hovers over references in drafts and
 * for the search index. Every coder's annotations count: the notes folder is the team's.
 */
export function provisionNotes(service: AnnotationService): ProvisionNotesSource {
  // The search asks for every provision of the library at once: those calls share one opening of
  // the store rather than each waiting through its own (a hundred thousand on a library of laws).
  let opening: Promise<AnnotationStore | undefined> | undefined;
  const openStore = (): Promise<AnnotationStore | undefined> => {
    if (!opening) {
      const started = service.store();
      opening = started;
      const settled = () => {
        if (opening === started) {
          opening = undefined;
        }
      };
      started.then(settled, settled);
    }
    return opening;
  };
  return async (provision) => {
    const store = await openStore();
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
