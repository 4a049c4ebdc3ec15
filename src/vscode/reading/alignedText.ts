/**
 * Maps offsets between the English and the Chinese rendering of a document through its sentence
 * alignment. Pure (no vscode), so the linked editors, the hover and anything else agree.
 */
import { Bead, DocumentAlignment, beadSpan } from '../../core/align/align';
import { Bilingual, Language, otherLanguage } from '../../core/model';
import { OffsetRange, RenderedDocument, placeAt, renderedProvision } from '../../core/render/renderDocument';

/** A stretch of aligned text: the preamble (no provision) or one provision's body. */
interface AlignedPassage {
  readonly provision: number | undefined;
  readonly beads: readonly Bead[];
  /** Where the passage's text starts in each rendering; segment offsets are relative to it. */
  readonly base: Bilingual<number>;
  readonly length: Bilingual<number>;
}

export interface AlignedSpan {
  /** Undefined in the preamble. */
  readonly provision: number | undefined;
  readonly beads: readonly Bead[];
  /** Where the beads sit in each rendering, one range per bead side that has text. */
  readonly ranges: Bilingual<readonly OffsetRange[]>;
}

function passageAt(alignment: DocumentAlignment, renderings: Bilingual<RenderedDocument>, language: Language, offset: number): AlignedPassage | undefined {
  const place = placeAt(renderings[language], offset);
  const lengthOf = (range: Bilingual<OffsetRange>): Bilingual<number> => ({ en: range.en.end - range.en.start, zh: range.zh.end - range.zh.start });
  if (place.kind === 'provision' && !place.inHeading) {
    const text = { en: renderedProvision(renderings.en, place.number).text, zh: renderedProvision(renderings.zh, place.number).text };
    const beads = alignment.provisions.get(place.number) ?? [];
    return { provision: place.number, beads, base: { en: text.en.start, zh: text.zh.start }, length: lengthOf(text) };
  }
  if (place.kind === 'preamble') {
    const text = { en: renderings.en.preamble, zh: renderings.zh.preamble };
    return { provision: undefined, beads: alignment.preamble, base: { en: text.en.start, zh: text.zh.start }, length: lengthOf(text) };
  }
  return undefined;
}

/**
 * The bead whose `language` side holds `offset` (relative to the passage), or else the last one
 * that starts before it, so that the gap between two sentences belongs to the first.
 */
function beadIndexAt(beads: readonly Bead[], language: Language, offset: number): number | undefined {
  let found: number | undefined;
  beads.forEach((bead, index) => {
    const span = beadSpan(bead[language]);
    if (span && span.start <= offset) {
      found = index;
    }
  });
  return found;
}

/** The beads that the rendered range [start, end] in `language` touches, clamped to the passage where it starts. */
export function alignedSpan(
  alignment: DocumentAlignment,
  renderings: Bilingual<RenderedDocument>,
  language: Language,
  start: number,
  end: number,
): AlignedSpan | undefined {
  const passage = passageAt(alignment, renderings, language, start);
  if (!passage) {
    return undefined;
  }
  const base = passage.base[language];
  const first = beadIndexAt(passage.beads, language, start - base);
  const last = beadIndexAt(passage.beads, language, Math.min(end, base + passage.length[language]) - base);
  if (first === undefined || last === undefined) {
    return undefined;
  }
  const beads = passage.beads.slice(first, last + 1);
  const rangesIn = (side: Language): OffsetRange[] =>
    beads.flatMap((bead) => {
      const span = beadSpan(bead[side]);
      return span ? [{ start: passage.base[side] + span.start, end: passage.base[side] + span.end }] : [];
    });
  return { provision: passage.provision, beads, ranges: { en: rangesIn('en'), zh: rangesIn('zh') } };
}

/**
 * Where the other rendering says what `offset` says: the same heading, or the same point of the
 * aligned sentence, in proportion, so that two editors scrolled through a long sentence move
 * together instead of in sentence-sized jumps.
 */
export function counterpartOffset(alignment: DocumentAlignment, renderings: Bilingual<RenderedDocument>, language: Language, offset: number): number {
  const other = otherLanguage(language);
  const place = placeAt(renderings[language], offset);
  if (place.kind === 'front') {
    return 0;
  }
  if (place.kind === 'part') {
    return renderings[other].parts[place.part - 1].heading.start;
  }
  if (place.kind === 'provision' && place.inHeading) {
    return renderedProvision(renderings[other], place.number).heading.start;
  }
  const passage = passageAt(alignment, renderings, language, offset);
  if (!passage) {
    return 0;
  }
  const relative = offset - passage.base[language];
  const index = beadIndexAt(passage.beads, language, relative);
  const own = index === undefined ? undefined : beadSpan(passage.beads[index][language]);
  const theirs = index === undefined ? undefined : beadSpan(passage.beads[index][other]);
  const [from, to] = own && theirs ? [own, theirs] : [{ start: 0, end: passage.length[language] }, { start: 0, end: passage.length[other] }];
  const fraction = from.end > from.start ? Math.min(1, Math.max(0, (relative - from.start) / (from.end - from.start))) : 0;
  return passage.base[other] + to.start + Math.round(fraction * (to.end - to.start));
}
