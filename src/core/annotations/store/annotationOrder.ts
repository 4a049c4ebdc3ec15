import { provisionId } from '../../model';
import { Annotation, compareAnnotations } from '../model/annotation';
import { AnnotationIndex } from './annotationIndex';

/** The annotations of one index, in document order, whole and by document and provision. */
export interface AnnotationsInOrder {
  readonly index: AnnotationIndex;
  readonly all: readonly Annotation[];
  readonly byDocument: ReadonlyMap<string, readonly Annotation[]>;
  readonly byProvision: ReadonlyMap<string, readonly Annotation[]>;
}

function appendTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const values = map.get(key);
  if (values) {
    values.push(value);
  } else {
    map.set(key, [value]);
  }
}


/**
 * The annotations of an index sorted once per change of the index: the Provisions view asks for
 * every provision's, and sorting 100,000 annotations for each costs seconds.
 */
export function annotationsInOrder(index: AnnotationIndex): AnnotationsInOrder {
  const all = [...index.byId.values()].map((entry) => entry.annotation).sort(compareAnnotations);
  const byDocument = new Map<string, Annotation[]>();
  const byProvision = new Map<string, Annotation[]>();
  for (const annotation of all) {
    appendTo(byDocument, annotation.document, annotation);
    appendTo(byProvision, provisionId(annotation.document, annotation.provision), annotation);
  }
  return { index, all, byDocument, byProvision };
}
