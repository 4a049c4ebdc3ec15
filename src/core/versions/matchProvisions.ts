import { Language } from '../model';
import { PairNumbers, Profile, inverseFrequency, mass, overlap, without } from './profile';
import { ComparableProvision, contentOf, squeeze } from './provisionContent';

/** "Most of it stays": an old provision is matched to a new one that holds at least this share of its words. */
export const MOST = 0.5;
/** A new provision made mostly of an old one's words is its successor only if they are this alike overall. */
const DICE_FLOOR = 0.3;
/** Between two matched neighbours, a provision replaced in place is matched if they are this alike. */
const IN_PLACE_DICE = 0.2;
/** Between two equally similar candidates, the one at the same relative place in its text wins. */
const PLACE_WEIGHT = 0.1;

/** How alike an old and a new provision are (weighted word pairs, see `profile.ts`). */
export interface Likeness {
  readonly oldIndex: number;
  readonly newIndex: number;
  /** The share of the old text found in the new one. */
  readonly ofOld: number;
  /** The share of the new text found in the old one. */
  readonly ofNew: number;
  /** Dice's coefficient: the shared part over both texts. */
  readonly dice: number;
}

export interface Matching {
  /** Index in the old version → index in the new one. */
  readonly pairs: ReadonlyMap<number, number>;
  /** An unmatched old provision (index) → the matched new one that took up most of its text. */
  readonly mergedInto: ReadonlyMap<number, number>;
  /** An unmatched new provision (index) → the old one whose text, left out of its successor, it mostly is. */
  readonly splitFrom: ReadonlyMap<number, number>;
}

interface Side {
  readonly index: number;
  /** Where it stands in its version, 0..1. */
  readonly place: number;
  /** Its text without white space, for finding identical ones. */
  readonly squeezed: string;
  readonly profile: Profile;
  readonly mass: number;
}

/**
 * Pairs the provisions of two versions by content, not by number, in three passes: identical
 * texts wherever the revision moved them; then rewritten ones, most alike first, where most of
 * the old text stays (or a new text is mostly the old one's, as the larger half of a split);
 * then, between two matched neighbours, a provision replaced in place by one that is somewhat
 * alike (an article whose dates and amounts all changed). What is left was removed or added.
 */
export function matchProvisions(before: readonly ComparableProvision[], after: readonly ComparableProvision[], language: Language): Matching {
  const numbers = new PairNumbers();
  const oldTexts = before.map((provision) => contentOf(provision, language));
  const newTexts = after.map((provision) => contentOf(provision, language));
  const profiles = [...oldTexts, ...newTexts].map((text) => numbers.profile(text));
  const weights = inverseFrequency(profiles, numbers.size);
  const sides = (texts: readonly string[], offset: number): Side[] =>
    texts.map((text, index) => {
      const counts = profiles[offset + index];
      return { index, place: texts.length > 1 ? index / (texts.length - 1) : 0, squeezed: squeeze(text), profile: counts, mass: mass(counts, weights) };
    });
  const oldSide = sides(oldTexts, 0);
  const newSide = sides(newTexts, oldTexts.length);
  const pairs = new Map<number, number>();
  pairIdentical(oldSide, newSide, pairs);
  const alike = alikePairs(oldSide, newSide, pairs, weights);
  pairAlike(oldSide, newSide, alike, pairs);
  pairInPlace(oldSide, newSide, pairs, weights);
  return { pairs, ...mergesAndSplits(oldSide, newSide, alike, pairs, weights) };
}

/** Identical texts, each paired with the first unpaired twin in the other version (in order). */
function pairIdentical(oldSide: readonly Side[], newSide: readonly Side[], pairs: Map<number, number>): void {
  const waiting = new Map<string, number[]>();
  for (const next of newSide) {
    if (next.squeezed !== '') {
      const list = waiting.get(next.squeezed) ?? [];
      list.push(next.index);
      waiting.set(next.squeezed, list);
    }
  }
  for (const previous of oldSide) {
    const twin = waiting.get(previous.squeezed)?.shift();
    if (twin !== undefined) {
      pairs.set(previous.index, twin);
    }
  }
}

function likeness(previous: Side, next: Side, weights: Float64Array): Likeness {
  const shared = overlap(previous.profile, next.profile, weights);
  return {
    oldIndex: previous.index,
    newIndex: next.index,
    ofOld: previous.mass > 0 ? shared / previous.mass : 0,
    ofNew: next.mass > 0 ? shared / next.mass : 0,
    dice: previous.mass + next.mass > 0 ? (2 * shared) / (previous.mass + next.mass) : 0,
  };
}

/**
 * Every pair, one of them not matched yet, of which one text holds most of the other. An index
 * of the new texts' word pairs keeps this near-linear: a provision is only measured against
 * those it shares something with.
 */
function alikePairs(oldSide: readonly Side[], newSide: readonly Side[], pairs: ReadonlyMap<number, number>, weights: Float64Array): Likeness[] {
  const pairedNew = new Set(pairs.values());
  const holders = new Map<number, number[]>();
  for (const next of newSide) {
    for (const pair of next.profile.pairs) {
      const list = holders.get(pair) ?? [];
      list.push(next.index);
      holders.set(pair, list);
    }
  }
  const found: Likeness[] = [];
  for (const previous of oldSide) {
    const oldPaired = pairs.has(previous.index);
    const candidates = new Set<number>();
    for (const pair of previous.profile.pairs) {
      for (const newIndex of holders.get(pair) ?? []) {
        if (!oldPaired || !pairedNew.has(newIndex)) {
          candidates.add(newIndex);
        }
      }
    }
    for (const newIndex of candidates) {
      const measured = likeness(previous, newSide[newIndex], weights);
      if (measured.ofOld >= MOST || measured.ofNew >= MOST) {
        found.push(measured);
      }
    }
  }
  return found;
}

/**
 * Greedy, best first: how much of the old text stays counts first ("most of it stays"), then
 * how alike the two are overall, then whether they stand at the same place. A new text made
 * mostly of an old one's words but saying little of it (a new penalty article in the stock
 * phrases of an old one) loses to the new text that keeps most of the old one.
 */
function pairAlike(oldSide: readonly Side[], newSide: readonly Side[], alike: readonly Likeness[], pairs: Map<number, number>): void {
  const score = (pair: Likeness) => pair.ofOld + pair.dice - PLACE_WEIGHT * Math.abs(oldSide[pair.oldIndex].place - newSide[pair.newIndex].place);
  const ranked = alike
    .filter((pair) => pair.ofOld >= MOST || pair.dice >= DICE_FLOOR)
    .map((pair) => ({ pair, score: score(pair) }))
    .sort((a, b) => b.score - a.score || a.pair.oldIndex - b.pair.oldIndex || a.pair.newIndex - b.pair.newIndex);
  const pairedNew = new Set(pairs.values());
  for (const { pair } of ranked) {
    if (!pairs.has(pair.oldIndex) && !pairedNew.has(pair.newIndex)) {
      pairs.set(pair.oldIndex, pair.newIndex);
      pairedNew.add(pair.newIndex);
    }
  }
}

/**
 * Between two consecutive matched pairs that keep their order, the unmatched old and new
 * provisions are the same stretch of the law before and after: there, the most alike are
 * paired if they are alike at all (IN_PLACE_DICE), as a reader comparing the two texts would.
 */
function pairInPlace(oldSide: readonly Side[], newSide: readonly Side[], pairs: Map<number, number>, weights: Float64Array): void {
  const anchors = [[-1, -1], ...orderedPairs(pairs), [oldSide.length, newSide.length]];
  const pairedNew = new Set(pairs.values());
  for (let at = 1; at < anchors.length; at++) {
    const [oldFrom, newFrom] = anchors[at - 1];
    const [oldTo, newTo] = anchors[at];
    const olds = oldSide.slice(oldFrom + 1, oldTo).filter((side) => !pairs.has(side.index));
    const news = newSide.slice(newFrom + 1, newTo).filter((side) => !pairedNew.has(side.index));
    const candidates = olds
      .flatMap((previous) => news.map((next) => likeness(previous, next, weights)))
      .filter((pair) => pair.dice >= IN_PLACE_DICE)
      .sort((a, b) => b.dice - a.dice || a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);
    for (const pair of candidates) {
      if (!pairs.has(pair.oldIndex) && !pairedNew.has(pair.newIndex)) {
        pairs.set(pair.oldIndex, pair.newIndex);
        pairedNew.add(pair.newIndex);
      }
    }
  }
}

/**
 * Two articles merged into one: an unmatched old one whose words are mostly in what a matched
 * new one gained over its own predecessor. An article split in two: an unmatched new one made
 * mostly of what a matched old one lost on the way to its successor. Stock phrases that the
 * successor kept anyway do not count, so a new penalty article is not "split from" an old one
 * that it merely resembles.
 */
function mergesAndSplits(oldSide: readonly Side[], newSide: readonly Side[], alike: readonly Likeness[], pairs: ReadonlyMap<number, number>, weights: Float64Array): Omit<Matching, 'pairs'> {
  const oldOf = new Map([...pairs].map(([oldIndex, newIndex]) => [newIndex, oldIndex]));
  const mergedInto = new Map<number, number>();
  const splitFrom = new Map<number, number>();
  const share = (part: Profile, of: Side, from: Profile | undefined): number =>
    of.mass > 0 ? overlap(of.profile, from ? without(part, from) : part, weights) / of.mass : 0;
  const best = new Map<string, number>();
  for (const pair of alike) {
    const [previous, next] = [oldSide[pair.oldIndex], newSide[pair.newIndex]];
    if (!pairs.has(pair.oldIndex) && oldOf.has(pair.newIndex) && pair.ofOld >= MOST) {
      const gained = share(next.profile, previous, oldSide[oldOf.get(pair.newIndex) as number].profile);
      if (gained >= MOST && gained > (best.get(`old${pair.oldIndex}`) ?? 0)) {
        best.set(`old${pair.oldIndex}`, gained);
        mergedInto.set(pair.oldIndex, pair.newIndex);
      }
    }
    if (!oldOf.has(pair.newIndex) && pair.ofNew >= MOST) {
      const successor = pairs.get(pair.oldIndex);
      const lost = share(previous.profile, next, successor === undefined ? undefined : newSide[successor].profile);
      if (lost >= MOST && lost > (best.get(`new${pair.newIndex}`) ?? 0)) {
        best.set(`new${pair.newIndex}`, lost);
        splitFrom.set(pair.newIndex, pair.oldIndex);
      }
    }
  }
  return { mergedInto, splitFrom };
}

/** The longest run of pairs whose new indices rise with the old ones (patience sorting, O(n log n)). */
function orderedPairs(pairs: ReadonlyMap<number, number>): [number, number][] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const tails: number[] = [];
  const previous: number[] = [];
  for (let at = 0; at < sorted.length; at++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[tails[middle]][1] < sorted[at][1]) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    previous[at] = low > 0 ? tails[low - 1] : -1;
    tails[low] = at;
  }
  const run: [number, number][] = [];
  for (let at = tails.length > 0 ? tails[tails.length - 1] : -1; at >= 0; at = previous[at]) {
    run.push(sorted[at]);
  }
  return run.reverse();
}
