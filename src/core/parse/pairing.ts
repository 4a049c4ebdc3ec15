import { LengthModel, OPINIONS_LENGTH_MODEL, lengthCost } from '../align/lengthModel';
import { OutlineDivision, OutlineProvision } from './outline';

/**
 * Pairs the provisions of a translation with those of the original by structure: in order, each
 * English provision with at most one Chinese one, by dynamic programming over three moves (pair,
 * leave the English alone, leave the Chinese alone). A pair costs what Gale & Church's length model
 * says about the two texts, less a bonus where the numbers agree or the two sit at the same place
 * in the same division; numbers are only evidence, because translations renumber (the Opinions'
 * English restarts in every part).
 */

export interface ProvisionPairing {
  /** For each Chinese provision (by index), the index of its English partner, if any. */
  readonly partnerOf: readonly (number | undefined)[];
  /** Indexes of the English provisions no Chinese provision took. */
  readonly unpairedEnglish: readonly number[];
}

// In nats, like lengthCost. Leaving one provision out costs about what a pair whose lengths are
// four standard deviations apart costs.
const SKIP = 10;
const SAME_NUMBER = 3;
const SAME_PLACE = 2;
const OTHER_DIVISION = 4;

export function pairProvisions(zh: readonly OutlineProvision[], en: readonly OutlineProvision[]): ProvisionPairing {
  const model = calibrated(zh, en);
  const zhPlaces = places(zh);
  const enPlaces = places(en);
  const zhLengths = zh.map(lengthOf);
  const enLengths = en.map(lengthOf);
  const pairCost = (i: number, j: number): number => {
    let cost = lengthCost(enLengths[j], zhLengths[i], model);
    if (zh[i].number === en[j].number) {
      cost -= SAME_NUMBER;
    }
    if (zhPlaces[i].local === enPlaces[j].local) {
      cost -= SAME_PLACE;
    }
    if (zhPlaces[i].top !== enPlaces[j].top) {
      cost += OTHER_DIVISION;
    }
    return cost;
  };

  const columns = en.length + 1;
  const best = new Float64Array((zh.length + 1) * columns).fill(Infinity);
  const move = new Int8Array(best.length);
  best[0] = 0;
  for (let i = 0; i <= zh.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      const here = i * columns + j;
      const consider = (cost: number, taken: number) => {
        if (cost < best[here]) {
          best[here] = cost;
          move[here] = taken;
        }
      };
      if (i > 0 && j > 0) {
        consider(best[(i - 1) * columns + j - 1] + pairCost(i - 1, j - 1), PAIR);
      }
      if (i > 0) {
        consider(best[(i - 1) * columns + j] + SKIP, CHINESE_ALONE);
      }
      if (j > 0) {
        consider(best[i * columns + j - 1] + SKIP, ENGLISH_ALONE);
      }
    }
  }

  const partnerOf: (number | undefined)[] = zh.map(() => undefined);
  const unpairedEnglish: number[] = [];
  for (let i = zh.length, j = en.length; i > 0 || j > 0; ) {
    const taken = move[i * columns + j];
    if (taken === PAIR) {
      partnerOf[--i] = --j;
    } else if (taken === CHINESE_ALONE) {
      i--;
    } else {
      unpairedEnglish.push(--j);
    }
  }
  return { partnerOf, unpairedEnglish: unpairedEnglish.reverse() };
}

const PAIR = 0;
const CHINESE_ALONE = 1;
const ENGLISH_ALONE = 2;

function lengthOf(provision: OutlineProvision): number {
  return provision.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

/**
 * The length ratio of this translation, measured on the document itself: translators and text
 * types differ (the Opinions' English runs 4.8 characters per Chinese one, a law's 3 to 4).
 */
function calibrated(zh: readonly OutlineProvision[], en: readonly OutlineProvision[]): LengthModel {
  const zhTotal = zh.reduce((sum, provision) => sum + lengthOf(provision), 0);
  const enTotal = en.reduce((sum, provision) => sum + lengthOf(provision), 0);
  return zhTotal > 0 && enTotal > 0 ? { ...OPINIONS_LENGTH_MODEL, mean: enTotal / zhTotal } : OPINIONS_LENGTH_MODEL;
}

/**
 * Where each provision sits: the ordinal of its top-level division (in order of appearance; -1
 * outside any) and its number inside its own division.
 */
function places(provisions: readonly OutlineProvision[]): { top: number; local: number }[] {
  const ordinals = new Map<OutlineDivision, number>();
  return provisions.map((provision, index) => {
    const top = outermost(provision.division);
    if (top && !ordinals.has(top)) {
      ordinals.set(top, ordinals.size);
    }
    // The number counted from the first provision of the division: the same in a translation that
    // restarts its numbering in every division and one that does not, and unmoved by a gap.
    let first = index;
    while (first > 0 && provisions[first - 1].division === provision.division) {
      first--;
    }
    return { top: top ? (ordinals.get(top) ?? -1) : -1, local: provision.number - provisions[first].number };
  });
}

function outermost(division: OutlineDivision | undefined): OutlineDivision | undefined {
  let top = division;
  while (top?.parent) {
    top = top.parent;
  }
  return top;
}
