import { Provision } from '../model';
import { FUZZY_FLOOR } from './literal';
import { Passage } from './passages';

/** A provision's best passage so far. */
export interface Best {
  score: number;
  passage?: Passage;
  /** Passages that hold the query literally, then passages that match at all: they break ties. */
  literalPassages: number;
  matchedPassages: number;
}

/** Each provision keeps its best passage and counts the others. */
export function collapse(scores: ReadonlyMap<Passage, number>, best: Map<Provision, Best>): void {
  for (const [passage, score] of scores) {
    let entry = best.get(passage.provision);
    if (!entry) {
      entry = { score, passage, literalPassages: 0, matchedPassages: 0 };
      best.set(passage.provision, entry);
    } else if (score < entry.score) {
      entry.score = score;
      entry.passage = passage;
    }
    entry.matchedPassages++;
    if (score < FUZZY_FLOOR) {
      entry.literalPassages++;
    }
  }
}

/** Better score first; among equals, the provision that holds the query in more places. */
function compareBest(x: Best, y: Best): number {
  return x.score - y.score || y.literalPassages - x.literalPassages || y.matchedPassages - x.matchedPassages;
}

/**
 * The `limit` best provisions, best first, ties in `order`. A one-character query can match most
 * of a corpus: the best few are kept as they come instead of sorting every match.
 */
export function bestProvisions(best: ReadonlyMap<Provision, Best>, limit: number, order: (provision: Provision) => number): [Provision, Best][] {
  const compare = ([a, x]: [Provision, Best], [b, y]: [Provision, Best]): number => compareBest(x, y) || order(a) - order(b);
  if (limit >= best.size) {
    return [...best.entries()].sort(compare);
  }
  const kept: [Provision, Best][] = [];
  for (const entry of best) {
    if (kept.length === limit && compare(entry, kept[limit - 1]) >= 0) {
      continue;
    }
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle], entry) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    kept.splice(low, 0, entry);
    if (kept.length > limit) {
      kept.pop();
    }
  }
  return kept;
}
