import { Annotation } from '../../core/annotations/model/annotation';
import { Placed } from '../../core/annotations/model/highlights';
import { placeAnnotation } from '../../core/annotations/model/placement';
import { AnnotationStore } from '../../core/annotations/store/store';
import { PolicyDocument } from '../../core/model';
import { Services } from '../services';

/**
 * Where each annotation on `document` shows in its two renderings, re-anchored against the text
 * as it is now; annotations on other documents are left out.
 */
export function placeAnnotations(services: Services, store: AnnotationStore, document: PolicyDocument, annotations: readonly Annotation[]): Placed[] {
  const renderings = { en: services.getRendered(document, 'en'), zh: services.getRendered(document, 'zh') };
  const alignment = services.getAlignment(document);
  return annotations
    .filter((annotation) => annotation.document === document.id)
    .map((annotation) => ({
      annotation,
      placement: placeAnnotation(annotation, store.anchor(annotation), renderings, alignment.provisions.get(annotation.provision) ?? []),
    }));
}
