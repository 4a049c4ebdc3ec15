import { Language } from '../../model';
import { OffsetRange } from '../../render/renderDocument';
import { Annotation, Codebook, Tag } from './annotation';
import { Placement } from './placement';

export interface Placed {
  readonly annotation: Annotation;
  readonly placement: Placement;
}

/** One mark in one language's rendering: what the editor decorations draw. */
export interface Highlight {
  /**
   * `words`: the annotated words; `aligned`: their translation in the other language, drawn
   * fainter; `heading`: the tags on a whole provision (and on orphans), listed after its heading.
   */
  readonly kind: 'words' | 'aligned' | 'heading';
  readonly range: OffsetRange;
  /** The colour of the first of the tags that the codebook knows; undefined: the theme's colour. */
  readonly color?: string;
  /** On headings: the tags' labels in the rendering's language, each once, in the codebook's order. */
  readonly labels: readonly string[];
}

/** The codebook's tags that an annotation uses, in the codebook's order (the order the team chose). */
export function tagsOf(annotation: Annotation, codebook: Codebook): Tag[] {
  return codebook.tags.filter((tag) => annotation.tags.includes(tag.id));
}

/** The highlights of the placed annotations in the `language` rendering: spans one by one, headings one per provision. */
export function highlights(placed: readonly Placed[], codebook: Codebook, language: Language): Highlight[] {
  const result: Highlight[] = [];
  const headings = new Map<number, { range: OffsetRange; tags: Tag[] }>();
  for (const { annotation, placement } of placed) {
    const tags = tagsOf(annotation, codebook);
    if (placement.kind === 'span') {
      const kind = placement.language === language ? 'words' : 'aligned';
      result.push({ kind, range: placement.ranges[language], ...(tags[0] && { color: tags[0].color }), labels: [] });
      continue;
    }
    const heading = headings.get(placement.provision) ?? { range: placement.ranges[language], tags: [] };
    heading.tags.push(...tags);
    headings.set(placement.provision, heading);
  }
  for (const { range, tags } of headings.values()) {
    const ordered = codebook.tags.filter((tag) => tags.includes(tag));
    if (ordered.length > 0) {
      result.push({ kind: 'heading', range, color: ordered[0].color, labels: ordered.map((tag) => tag.label[language]) });
    }
  }
  return result.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
