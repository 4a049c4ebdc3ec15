import { IdScores } from './idScores';
import { FUZZY_FLOOR } from './literal';

/** A provision among the best, with its best sentence (absent when it was named by number). */
export interface Ranked {
  readonly slot: number;
  readonly score: number;
  readonly passage?: number;
}

/**
 * Each provision's best sentence so far, by the provision's slot, and how many of its sentences
 * hold the query literally and match at all: they break ties. Typed arrays reused from query to
 * query, since a query of one common character matches tens of thousands of provisions.
 */
export class ProvisionRanking {
  private readonly scores = new IdScores();
  private passages = new Int32Array(0);
  private literal = new Int32Array(0);
  private matched = new Int32Array(0);

  reset(capacity: number): void {
    this.scores.reset(capacity);
    if (capacity > this.passages.length) {
      const length = Math.max(capacity, this.passages.length * 2);
      this.passages = new Int32Array(length);
      this.literal = new Int32Array(length);
      this.matched = new Int32Array(length);
    }
  }

  /** A provision the query names outright ("15", "¶15"): first, with no sentence. */
  name(slot: number): void {
    this.scores.set(slot, 0);
    this.passages[slot] = -1;
    this.literal[slot] = 0;
    this.matched[slot] = 0;
  }

  /** A sentence of the provision in `slot` matched with `score`. */
  add(slot: number, passage: number, score: number): void {
    if (!this.scores.has(slot)) {
      this.scores.set(slot, score);
      this.passages[slot] = passage;
      this.literal[slot] = 0;
      this.matched[slot] = 0;
    } else if (score < this.scores.get(slot)) {
      this.scores.set(slot, score);
      this.passages[slot] = passage;
    }
    this.matched[slot]++;
    if (score < FUZZY_FLOOR) {
      this.literal[slot]++;
    }
  }

  /**
   * The `limit` best provisions, best first: better score, then the provision that holds the query
   * in more places, then `order`.
   */
  best(limit: number, order: (slot: number) => number): Ranked[] {
    const { scores, literal, matched } = this;
    const compare = (a: number, b: number): number =>
      scores.get(a) - scores.get(b) || literal[b] - literal[a] || matched[b] - matched[a] || order(a) - order(b);
    return keepBest(scores.ids.subarray(0, scores.size), limit, compare).map((slot) => ({
      slot,
      score: scores.get(slot),
      ...(this.passages[slot] >= 0 && { passage: this.passages[slot] }),
    }));
  }
}

/**
 * The `limit` first items in `compare`'s order. A one-character query can match most of a corpus:
 * the best few are kept as they come instead of sorting every match.
 */
export function keepBest<T>(items: ArrayLike<T> & Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit >= items.length) {
    return [...items].sort(compare);
  }
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === limit && compare(item, kept[limit - 1]) >= 0) {
      continue;
    }
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle], item) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    kept.splice(low, 0, item);
    if (kept.length > limit) {
      kept.pop();
    }
  }
  return kept;
}
