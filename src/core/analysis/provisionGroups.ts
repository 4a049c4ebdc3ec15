import { Annotation } from '../annotations/model/annotation';
import { getOrCreate } from '../lib/getOrCreate';

/** The annotations of each provision, provisions in the order first met: what AND and NEAR look at together. */
export function groupByProvision(annotations: readonly Annotation[]): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    getOrCreate(groups, `${annotation.document}#${annotation.provision}`, () => []).push(annotation);
  }
  return groups;
}
