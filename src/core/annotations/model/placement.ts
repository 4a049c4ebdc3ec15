import { Bead, beadSpan } from '../../align/align';
import { Bilingual, Language, otherLanguage } from '../../model';
import { OffsetRange, RenderedDocument, renderedProvision } from '../../render/renderDocument';
import { Annotation } from './annotation';
import { Anchor } from './anchor';

/**
 * Where an annotation shows in the two renderings of its document (offsets in the rendered
 * text, which are the editors' offsets). A span shows on its words in its own language and on
 * the aligned sentence(s) in the other; a whole-provision annotation, and a span whose words are
 * gone (orphaned), show on the provision's heading in both, so that nothing is ever dropped.
 */
export interface Placement {
  readonly document: string;
  readonly provision: number;
  /** 'span': `ranges[language]` holds exactly the annotated words. */
  readonly kind: 'span' | 'heading';
  /** The language of the annotated words; undefined on the heading. */
  readonly language?: Language;
  readonly orphaned: boolean;
  readonly ranges: Bilingual<OffsetRange>;
}

/** `anchor` is the store's re-anchoring of the span (undefined for whole provisions); `beads` the provision's alignment. */
export function placeAnnotation(annotation: Annotation, anchor: Anchor | undefined, renderings: Bilingual<RenderedDocument>, beads: readonly Bead[]): Placement {
  const rendered = { en: renderedProvision(renderings.en, annotation.provision), zh: renderedProvision(renderings.zh, annotation.provision) };
  const heading = { en: rendered.en.heading, zh: rendered.zh.heading };
  const base = { document: annotation.document, provision: annotation.provision };
  const span = annotation.span;
  if (!span || !anchor || anchor.status === 'orphaned') {
    return { ...base, kind: 'heading', orphaned: anchor?.status === 'orphaned', ranges: heading };
  }
  const { language } = span;
  const other = otherLanguage(language);
  const aligned = alignedRange(beads, language, anchor.start, anchor.end);
  const words = { start: rendered[language].text.start + anchor.start, end: rendered[language].text.start + anchor.end };
  const counterpart = aligned ? { start: rendered[other].text.start + aligned.start, end: rendered[other].text.start + aligned.end } : heading[other];
  return { ...base, kind: 'span', language, orphaned: false, ranges: language === 'en' ? { en: words, zh: counterpart } : { en: counterpart, zh: words } };
}

/**
 * The other language's side of the beads that [start, end) touches (offsets in the provision's
 * text), from the first to the last; a span in the gap between two sentences belongs to the first.
 * Undefined when those beads have no text in the other language.
 */
function alignedRange(beads: readonly Bead[], language: Language, start: number, end: number): OffsetRange | undefined {
  const other = otherLanguage(language);
  let touched = beads.filter((bead) => {
    const own = beadSpan(bead[language]);
    return own !== undefined && own.start < end && start < own.end;
  });
  if (touched.length === 0) {
    const before = beads.filter((bead) => (beadSpan(bead[language])?.start ?? Infinity) <= start);
    touched = before.slice(-1);
  }
  const sides = touched.flatMap((bead) => beadSpan(bead[other]) ?? []);
  return sides.length > 0 ? { start: sides[0].start, end: sides[sides.length - 1].end } : undefined;
}

/**
 * Annotations with the same key show as one thread: same provision, and either its heading or the
 * same words. Each orphan is alone, as its words can no longer be compared with anyone's.
 */
export function placementKey(placement: Placement, annotationId: string): string {
  const provision = `${placement.document}#${placement.provision}`;
  if (placement.orphaned) {
    return `${provision}!${annotationId}`;
  }
  if (placement.kind === 'heading' || placement.language === undefined) {
    return provision;
  }
  const words = placement.ranges[placement.language];
  return `${provision}@${placement.language}:${words.start}-${words.end}`;
}

/** Where a selection in a rendering lies in a provision's text, or why it cannot be annotated. */
export type SelectionTarget =
  | { readonly provision: number; /** In the provision's text. */ readonly start: number; readonly end: number }
  | { readonly refused: 'empty' | 'outside' | 'across' };

/**
 * The provision text that the rendered range [start, end) selects. Whitespace at either end is
 * dropped (a triple click selects the line with its line break); the rest must lie in the text
 * of one provision: not on a heading, not across two provisions.
 */
export function selectionTarget(rendered: RenderedDocument, start: number, end: number): SelectionTarget {
  const { text } = rendered;
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) {
    from++;
  }
  while (to > from && /\s/.test(text[to - 1])) {
    to--;
  }
  if (from === to) {
    return { refused: 'empty' };
  }
  const touched = rendered.provisions.filter((provision) => provision.text.start < to && from < provision.text.end);
  if (touched.length > 1) {
    return { refused: 'across' };
  }
  const [provision] = touched;
  if (!provision || from < provision.text.start || to > provision.text.end) {
    return { refused: 'outside' };
  }
  return { provision: provision.number, start: from - provision.text.start, end: to - provision.text.start };
}
