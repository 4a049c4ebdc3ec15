import { PolicyDocument } from '../model';
import { Anchors, anchorsOf, mergeAnchors, sharedWith } from './anchors';
import { BEAD_SHAPES, BeadSide, beadCost } from './beadCost';
import { LengthModel, OPINIONS_LENGTH_MODEL, calibrateLengthModel } from './lengthModel';
import { Segment, segmentChinese, segmentEnglish } from './segment';
import { splitSingle } from './splitBead';

/** English and Chinese that translate each other: contiguous runs, either of which may be empty. */
export interface Bead {
  readonly en: readonly Segment[];
  readonly zh: readonly Segment[];
}

export interface DocumentAlignment {
  readonly preamble: readonly Bead[];
  /** By provision number; aligns the provision's text, not its title. */
  readonly provisions: ReadonlyMap<number, readonly Bead[]>;
}

export function alignDocument(document: PolicyDocument, model: LengthModel = documentLengthModel(document)): DocumentAlignment {
  return {
    preamble: alignTexts(document.preamble.en, document.preamble.zh, model),
    provisions: new Map(document.provisions.map((provision) => [provision.number, alignTexts(provision.text.en, provision.text.zh, model)])),
  };
}

/**
 * The length ratio measured on the document's own provisions (translators and text types differ:
 * a law's English runs shorter per character than the Opinions'), with the variance of the
 * calibrated model; the documented model for a document without translation.
 */
function documentLengthModel(document: PolicyDocument): LengthModel {
  const passages = document.provisions.map((provision) => provision.text).filter((text) => text.en !== '' && text.zh !== '');
  return passages.length === 0 ? OPINIONS_LENGTH_MODEL : { ...OPINIONS_LENGTH_MODEL, mean: calibrateLengthModel(passages).mean };
}

/** The stretch of the source a bead side covers, from its first segment to its last. */
export function beadSpan(segments: readonly Segment[]): { start: number; end: number } | undefined {
  const first = segments[0];
  const last = segments[segments.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * Aligns a passage paragraph by paragraph when both languages have the same number of paragraphs
 * (a law's 款 and their translation), otherwise as a whole; then sentences inside.
 */
export function alignTexts(en: string, zh: string, model: LengthModel = OPINIONS_LENGTH_MODEL): Bead[] {
  const enParagraphs = paragraphs(en);
  const zhParagraphs = paragraphs(zh);
  if (enParagraphs.length < 2 || enParagraphs.length !== zhParagraphs.length) {
    return alignSegments(segmentEnglish(en), segmentChinese(zh), model);
  }
  return enParagraphs.flatMap((paragraph, index) =>
    alignSegments(shifted(segmentEnglish(paragraph.text), paragraph.start), shifted(segmentChinese(zhParagraphs[index].text), zhParagraphs[index].start), model),
  );
}

function paragraphs(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  let start = 0;
  for (const piece of text.split('\n')) {
    if (piece.trim() !== '') {
      found.push({ start, text: piece });
    }
    start += piece.length + 1;
  }
  return found;
}

function shifted(segments: readonly Segment[], by: number): Segment[] {
  return segments.map((segment) => ({ ...segment, start: segment.start + by, end: segment.end + by }));
}

/**
 * Aligns English sentences with Chinese clauses by dynamic programming over bead shapes
 * (Gale & Church 1993), scoring length agreement and shared anchors, then cuts a unit that
 * translates two (see splitBead). Every stretch of both texts lands in exactly one bead, in order.
 */
function alignSegments(english: readonly Segment[], chinese: readonly Segment[], model: LengthModel): Bead[] {
  const englishAnchors = english.map((segment) => anchorsOf(segment.text));
  const chineseAnchors = chinese.map((segment) => anchorsOf(segment.text));
  const allEnglish = mergeAnchors(englishAnchors);
  const allChinese = mergeAnchors(chineseAnchors);
  const englishSide = sideReader(english, englishAnchors.map((anchors) => sharedWith(anchors, allChinese)));
  const chineseSide = sideReader(chinese, chineseAnchors.map((anchors) => sharedWith(anchors, allEnglish)));

  // best[i][j]: cheapest alignment of the first i English and first j Chinese segments.
  const columns = chinese.length + 1;
  const best = new Float64Array((english.length + 1) * columns).fill(Infinity);
  const shapeTaken = new Int8Array(best.length).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= english.length; i++) {
    for (let j = 0; j <= chinese.length; j++) {
      const here = i * columns + j;
      BEAD_SHAPES.forEach((shape, shapeIndex) => {
        const fromI = i - shape.en;
        const fromJ = j - shape.zh;
        if (fromI < 0 || fromJ < 0) {
          return;
        }
        const before = best[fromI * columns + fromJ];
        const cost = before + beadCost(shape.cost, englishSide(fromI, i), chineseSide(fromJ, j), model);
        if (cost < best[here]) {
          best[here] = cost;
          shapeTaken[here] = shapeIndex;
        }
      });
    }
  }

  const beads: Bead[] = [];
  for (let i = english.length, j = chinese.length; i > 0 || j > 0; ) {
    const shape = BEAD_SHAPES[shapeTaken[i * columns + j]];
    beads.push({ en: english.slice(i - shape.en, i), zh: chinese.slice(j - shape.zh, j) });
    i -= shape.en;
    j -= shape.zh;
  }
  return beads.reverse().flatMap((bead) => splitJoined(bead, model));
}

/** A 1-2 or 2-1 bead as two 1-1 beads, when the single unit has a cut that makes them likelier. */
function splitJoined(bead: Bead, model: LengthModel): Bead[] {
  if (bead.en.length === 1 && bead.zh.length === 2) {
    const halves = splitSingle(bead.en[0], 'en', [bead.zh[0], bead.zh[1]], model);
    return halves ? [{ en: [halves[0]], zh: [bead.zh[0]] }, { en: [halves[1]], zh: [bead.zh[1]] }] : [bead];
  }
  if (bead.en.length === 2 && bead.zh.length === 1) {
    const halves = splitSingle(bead.zh[0], 'zh', [bead.en[0], bead.en[1]], model);
    return halves ? [{ en: [bead.en[0]], zh: [halves[0]] }, { en: [bead.en[1]], zh: [halves[1]] }] : [bead];
  }
  return [bead];
}

/**
 * Measures segments [from, to) of one language as a bead side. The dynamic programme asks for the
 * same few runs many times, so each is measured once, by its start and width.
 */
function sideReader(segments: readonly Segment[], anchors: readonly Anchors[]): (from: number, to: number) => BeadSide {
  const widest = Math.max(...BEAD_SHAPES.map((shape) => Math.max(shape.en, shape.zh))) + 1;
  const measured: (BeadSide | undefined)[] = [];
  return (from, to) => {
    const key = from * widest + (to - from);
    let side = measured[key];
    if (!side) {
      const span = beadSpan(segments.slice(from, to));
      side = { length: span ? span.end - span.start : 0, anchors: mergeAnchors(anchors.slice(from, to)) };
      measured[key] = side;
    }
    return side;
  };
}
