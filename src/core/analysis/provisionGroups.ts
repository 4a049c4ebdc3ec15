import { Annotation } from '../annotations/model/annotation';
import { getOrCreate } from '../lib/getOrCreate';

/** The annotations of each provision: what AND and NEAR look at together. Keyed by document, then provision (no string keys to build). */
export function groupByProvision(annotations: readonly Annotation[]): Annotation[][] {
  const groups: Annotation[][] = [];
  const byDocument = new Map<string, Map<number, Annotation[]>>();
  for (const annotation of annotations) {
    const provisions = getOrCreate(byDocument, annotation.document, () => new Map());
    let group = provisions.get(annotation.provision);
    if (!group) {
      group = [];
      provisions.set(annotation.provision, group);
      groups.push(group);
    }
    group.push(annotation);
  }
  return groups;
}
