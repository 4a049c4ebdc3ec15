import { PolicyDocument } from '../model';
import { Anchors, anchorsOf, mergeAnchors, sharedWith } from './anchors';
import { BEAD_SHAPES, BeadSide, beadCost } from './beadCost';
import { LengthModel, OPINIONS_LENGTH_MODEL } from './lengthModel';
import { Segment, segmentChinese, segmentEnglish } from './segment';

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

export function alignDocument(document: PolicyDocument, model: LengthModel = OPINIONS_LENGTH_MODEL): DocumentAlignment {
  return {
    preamble: alignTexts(document.preamble.en, document.preamble.zh, model),
    provisions: new Map(document.provisions.map((provision) => [provision.number, alignTexts(provision.text.en, provision.text.zh, model)])),
  };
}

/** The stretch of the source a bead side covers, from its first segment to its last. */
export function beadSpan(segments: readonly Segment[]): { start: number; end: number } | undefined {
  const first = segments[0];
  const last = segments[segments.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * Aligns English sentences with Chinese clauses by dynamic programming over bead shapes
 * (Gale & Church 1993), scoring length agreement and shared anchors. Every segment of both texts
 * lands in exactly one bead, in order.
 */
export function alignTexts(en: string, zh: string, model: LengthModel = OPINIONS_LENGTH_MODEL): Bead[] {
  const english = segmentEnglish(en);
  const chinese = segmentChinese(zh);
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
  return beads.reverse();
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
