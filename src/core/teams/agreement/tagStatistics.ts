import { Annotation, Codebook } from '../../annotations/model/annotation';
import { Library } from '../../library';

export interface TagStatistics {
  /** The codebook's tags in its order, then tags used but not in the codebook. */
  readonly tags: readonly string[];
  /** Part numbers, 1-based, of the documents annotated. */
  readonly parts: readonly number[];
  /** `byPart[t][p]`: annotations carrying tags[t] in parts[p]. */
  readonly byPart: readonly (readonly number[])[];
  /** `cooccurrence[t][u]`: provisions where tags[t] and tags[u] were both applied (by anyone); the diagonal counts the tag's provisions. */
  readonly cooccurrence: readonly (readonly number[])[];
  /** Provisions with at least one tag. */
  readonly provisions: number;
}

/**
 * How often each tag is used in each part (counting annotations), and which tags go together:
 * two tags co-occur in a provision when it carries both, on one annotation or on two, by one
 * coder or by two, since the question is what the text is about rather than who said so.
 */
export function tagStatistics(annotations: readonly Annotation[], codebook: Codebook, library: Library): TagStatistics {
  const known = codebook.tags.map((tag) => tag.id);
  const tags = [...known, ...[...new Set(annotations.flatMap((annotation) => annotation.tags))].filter((tag) => !known.includes(tag)).sort()];
  const index = new Map(tags.map((tag, position) => [tag, position]));
  const partOf = (annotation: Annotation) => library.provision(annotation.document, annotation.provision)?.part ?? 0;
  const parts = [...new Set(annotations.map(partOf))].filter((part) => part > 0).sort((a, b) => a - b);
  const byPart = tags.map(() => parts.map(() => 0));
  const tagsByProvision = new Map<string, Set<string>>();
  for (const annotation of annotations) {
    const part = parts.indexOf(partOf(annotation));
    const key = `${annotation.document}#${annotation.provision}`;
    const onProvision = tagsByProvision.get(key) ?? new Set<string>();
    for (const tag of new Set(annotation.tags)) {
      if (part >= 0) {
        byPart[index.get(tag) ?? 0][part]++;
      }
      onProvision.add(tag);
    }
    tagsByProvision.set(key, onProvision);
  }
  const cooccurrence = tags.map(() => tags.map(() => 0));
  let provisions = 0;
  for (const onProvision of tagsByProvision.values()) {
    provisions += onProvision.size > 0 ? 1 : 0;
    for (const first of onProvision) {
      for (const second of onProvision) {
        cooccurrence[index.get(first) ?? 0][index.get(second) ?? 0]++;
      }
    }
  }
  return { tags, parts, byPart, cooccurrence, provisions };
}
