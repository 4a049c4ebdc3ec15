import { Annotation, Codebook } from '../../annotations/model/annotation';
import { Library } from '../../library';

/** Two tags applied to the same provisions, in the order of `TagStatistics.tags`. */
export interface TagPair {
  readonly first: string;
  readonly second: string;
  /** Provisions carrying both (by anyone). */
  readonly provisions: number;
}

export interface TagStatistics {
  /** The codebook's tags in its order, then tags used but not in the codebook. */
  readonly tags: readonly string[];
  /** Part numbers, 1-based, of the documents annotated. */
  readonly parts: readonly number[];
  /** `byPart[t][p]`: annotations carrying tags[t] in parts[p]. */
  readonly byPart: readonly (readonly number[])[];
  /** `provisionsByTag[t]`: provisions carrying tags[t]. */
  readonly provisionsByTag: readonly number[];
  /**
   * Only the pairs that co-occur, most provisions first, then in the order of `tags`: a list
   * rather than a tags × tags matrix, which for 20,000 tags would be 400 million mostly-zero cells.
   */
  readonly cooccurrence: readonly TagPair[];
  /** Provisions with at least one tag. */
  readonly provisions: number;
  /**
   * Set when the provisions carry more tag pairs than `MAX_TAG_PAIRS` (one provision with 3,000
   * tags has 4.5 million): the pairs are then not counted and `cooccurrence` is empty, rather than
   * the count taking minutes and gigabytes.
   */
  readonly pairsNotCounted?: { readonly pairs: number; readonly limit: number };
}

/** Tag pairs counted at most, summed over provisions (a provision with k tags has k(k−1)/2). */
export const MAX_TAG_PAIRS = 5_000_000;

/**
 * How often each tag is used in each part (counting annotations), and which tags go together:
 * two tags co-occur in a provision when it carries both, on one annotation or on two, by one
 * coder or by two, since the question is what the text is about rather than who said so.
 * Linear in the annotations and tags plus the pairs that co-occur.
 */
export function tagStatistics(annotations: readonly Annotation[], codebook: Codebook, library: Library): TagStatistics {
  const known = new Set(codebook.tags.map((tag) => tag.id));
  const unknown = new Set<string>();
  for (const annotation of annotations) {
    annotation.tags.filter((tag) => !known.has(tag)).forEach((tag) => unknown.add(tag));
  }
  const tags = [...known, ...[...unknown].sort()];
  const index = new Map(tags.map((tag, position) => [tag, position]));
  const partOf = (annotation: Annotation) => library.provision(annotation.document, annotation.provision)?.part ?? 0;
  const parts = [...new Set(annotations.map(partOf))].filter((part) => part > 0).sort((a, b) => a - b);
  const partIndex = new Map(parts.map((part, position) => [part, position]));
  const byPart = tags.map(() => parts.map(() => 0));
  const tagsByProvision = new Map<string, Set<number>>();
  for (const annotation of annotations) {
    const part = partIndex.get(partOf(annotation));
    const key = `${annotation.document}#${annotation.provision}`;
    const onProvision = tagsByProvision.get(key) ?? new Set<number>();
    for (const tag of new Set(annotation.tags)) {
      const row = index.get(tag) ?? 0;
      if (part !== undefined) {
        byPart[row][part]++;
      }
      onProvision.add(row);
    }
    tagsByProvision.set(key, onProvision);
  }
  const provisionsByTag = tags.map(() => 0);
  let provisions = 0;
  let pairs = 0;
  for (const onProvision of tagsByProvision.values()) {
    provisions += onProvision.size > 0 ? 1 : 0;
    onProvision.forEach((row) => provisionsByTag[row]++);
    pairs += (onProvision.size * (onProvision.size - 1)) / 2;
  }
  const base = { tags, parts, byPart, provisionsByTag, provisions };
  if (pairs > MAX_TAG_PAIRS) {
    return { ...base, cooccurrence: [], pairsNotCounted: { pairs, limit: MAX_TAG_PAIRS } };
  }
  return { ...base, cooccurrence: countPairs(tagsByProvision.values(), tags) };
}

/** Sparse: one count per pair that occurs, keyed by its two rows (first < second). */
function countPairs(provisions: Iterable<ReadonlySet<number>>, tags: readonly string[]): TagPair[] {
  const counts = new Map<number, number>();
  for (const onProvision of provisions) {
    const rows = [...onProvision].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const key = rows[i] * tags.length + rows[j];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return [...counts]
    .sort(([keyA, countA], [keyB, countB]) => countB - countA || keyA - keyB)
    .map(([key, provisions]) => ({ first: tags[Math.floor(key / tags.length)], second: tags[key % tags.length], provisions }));
}
