import { Annotation, Codebook } from '../annotations/model/annotation';
import { tagsOnParentLoops } from '../annotations/model/tagTree';
import { getOrCreate } from '../lib/getOrCreate';

/**
 * The tags a query can name and how they nest: a parent covers its children, so a query for
 * "security" finds what is tagged "content-control", and a matrix row for it counts both.
 * Tags used on annotations but missing from the codebook are known too, at the top.
 */
export class TagHierarchy {
  private readonly parentOf = new Map<string, string>();
  private readonly byLabel = new Map<string, string>();
  private readonly ancestorCache = new Map<string, readonly string[]>();
  private readonly coveredCache = new Map<string, ReadonlySet<string>>();
  /** Every known tag id: the codebook's in its order, then the others sorted. */
  readonly ids: readonly string[];
  private readonly known: ReadonlySet<string>;

  constructor(codebook: Codebook, usedTags: Iterable<string>) {
    const looped = tagsOnParentLoops(codebook.tags);
    const inCodebook = new Set(codebook.tags.map((tag) => tag.id));
    for (const tag of codebook.tags) {
      if (tag.parent !== undefined && inCodebook.has(tag.parent) && !looped.has(tag.id)) {
        this.parentOf.set(tag.id, tag.parent);
      }
      this.byLabel.set(tag.label.en.toLowerCase(), tag.id);
      this.byLabel.set(tag.label.zh, tag.id);
    }
    const others = [...new Set(usedTags)].filter((tag) => !inCodebook.has(tag)).sort();
    this.ids = [...inCodebook, ...others];
    this.known = new Set(this.ids);
  }

  /** The id a query's word names: an id, else a tag's English (any case) or Chinese label. */
  resolve(word: string): string | undefined {
    return this.known.has(word) ? word : this.byLabel.get(word) ?? this.byLabel.get(word.toLowerCase());
  }

  /** The tag and every tag above it, nearest first. */
  ancestors(tag: string): readonly string[] {
    const cached = this.ancestorCache.get(tag);
    if (cached) {
      return cached;
    }
    // Iterative, as a codebook may nest deeper than the stack; the loader already broke loops.
    const chain: string[] = [];
    let above: readonly string[] = [];
    for (let at: string | undefined = tag; at !== undefined; at = this.parentOf.get(at)) {
      const known = this.ancestorCache.get(at);
      if (known) {
        above = known;
        break;
      }
      chain.push(at);
    }
    const result = [...chain, ...above];
    this.ancestorCache.set(tag, result);
    return result;
  }

  /**
   * The tags an annotation with `tags` counts under: each and every tag above it. Annotations
   * repeat a few combinations of tags, so each combination is worked out once.
   */
  covered(tags: readonly string[]): ReadonlySet<string> {
    const key = tags.length === 1 ? tags[0] : tags.join('\u0000');
    return getOrCreate(this.coveredCache, key, () => new Set(tags.flatMap((tag) => this.ancestors(tag))));
  }

  /** Whether an annotation with `tags` is coded with `tag` or a tag under it. */
  covers(tag: string, tags: readonly string[]): boolean {
    return this.covered(tags).has(tag);
  }
}

/** Every tag the annotations use, each once. */
export function usedTags(annotations: readonly Annotation[]): Set<string> {
  const tags = new Set<string>();
  for (const annotation of annotations) {
    for (const tag of annotation.tags) {
      tags.add(tag);
    }
  }
  return tags;
}
