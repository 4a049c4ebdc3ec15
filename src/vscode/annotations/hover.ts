import { OffsetRange } from '../../core/render/renderDocument';
import { HoverContributor } from '../reading/hover';
import { Services } from '../services';
import { AnnotationService } from './annotationService';
import { annotationMarkdown } from './labels';
import { placeAnnotations } from './placements';

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The notes under the mouse in a side-by-side editor: on a provision's heading, those on the whole
 * provision (and orphans); in its text, those on words of the sentence under the mouse, in this
 * language or in its translation. Rendered untrusted, without HTML.
 */
export function notesHover(services: Services, notes: AnnotationService): HoverContributor {
  return {
    async provideHover({ text, offset, place, span }) {
      const store = await notes.storeFor(text.document.id).catch(() => undefined);
      if (!store || place.kind !== 'provision') {
        return [];
      }
      const { language } = text;
      const sentence = span?.ranges[language] ?? [];
      const annotations = store.annotationsOn(text.document.id, place.number);
      return placeAnnotations(services, store, text.document, annotations)
        .filter(({ placement }) => {
          if (placement.kind === 'heading') {
            return place.inHeading;
          }
          const range = placement.ranges[language];
          return !place.inHeading && ((range.start <= offset && offset <= range.end) || sentence.some((part) => overlaps(part, range)));
        })
        .map(({ annotation, placement }) => annotationMarkdown(annotation, store.codebook, language, placement.orphaned));
    },
  };
}
