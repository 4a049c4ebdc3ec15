import { isContent, tokenize } from './tokens';

/** Token numbers stay below this (67 million distinct words), so that two make one exact pair code. */
const TOKEN_SPAN = 2 ** 26;

/**
 * What a text is made of, for telling how much of one provision survives in another: the
 * multiset of its adjacent content-token pairs (two Han characters, or two English words).
 * Pairs, not single tokens, so that 的, 和 or "the" alone do not make two texts look alike.
 * Pairs are numbered by a `PairNumbers` shared by all texts compared, and kept sorted, so that
 * two profiles are compared by one merge of two integer arrays.
 */
export interface Profile {
  /** Pair numbers, ascending, each once. */
  readonly pairs: Int32Array;
  /** How often each pair occurs. */
  readonly counts: Int32Array;
}

/** Numbers for word pairs, the same for every text of one comparison. */
export class PairNumbers {
  private readonly tokens = new Map<string, number>();
  /** A pair's code (first token × 2²⁶ + second, exact in a double) → its number. */
  private readonly numbers = new Map<number, number>();

  get size(): number {
    return this.numbers.size;
  }

  profile(text: string): Profile {
    const ids = tokenize(text)
      .filter(isContent)
      .map((token) => this.token(token));
    // A text of one word is that word; the code of a single token cannot clash with a pair's (second part 2²⁶ - 1).
    const codes = ids.length === 1 ? [ids[0] * TOKEN_SPAN + (TOKEN_SPAN - 1)] : ids.slice(1).map((id, at) => ids[at] * TOKEN_SPAN + id);
    const counts = new Map<number, number>();
    for (const code of codes) {
      const number = this.number(code);
      counts.set(number, (counts.get(number) ?? 0) + 1);
    }
    const sorted = [...counts].sort((a, b) => a[0] - b[0]);
    return { pairs: Int32Array.from(sorted, ([number]) => number), counts: Int32Array.from(sorted, ([, count]) => count) };
  }

  private token(token: string): number {
    let id = this.tokens.get(token);
    if (id === undefined) {
      id = this.tokens.size;
      this.tokens.set(token, id);
    }
    return id;
  }

  private number(code: number): number {
    let number = this.numbers.get(code);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(code, number);
    }
    return number;
  }
}

/**
 * How much each pair says, from how many of the texts hold it (inverse document frequency,
 * plus one so that no pair counts for nothing): 县级 or 人民政府 in nearly every article of a law
 * weighs little, 收容救护 much. Two articles that share only stock phrases are not alike.
 */
export function inverseFrequency(profiles: readonly Profile[], pairCount: number): Float64Array {
  const holders = new Int32Array(pairCount);
  for (const profile of profiles) {
    profile.pairs.forEach((pair) => holders[pair]++);
  }
  const total = Math.max(profiles.length, 1);
  return Float64Array.from(holders, (count) => 1 + Math.log(total / Math.max(count, 1)));
}

/** The weight of a whole profile. */
export function mass(profile: Profile, weights: Float64Array): number {
  let sum = 0;
  profile.pairs.forEach((pair, at) => {
    sum += profile.counts[at] * weights[pair];
  });
  return sum;
}

/** The weight of the pairs the two texts share (with repetition). */
export function overlap(a: Profile, b: Profile, weights: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.pairs.length && j < b.pairs.length) {
    const left = a.pairs[i];
    const right = b.pairs[j];
    if (left === right) {
      shared += Math.min(a.counts[i], b.counts[j]) * weights[left];
      i++;
      j++;
    } else if (left < right) {
      i++;
    } else {
      j++;
    }
  }
  return shared;
}

/** The pairs of `a` that `b` does not have (counted with repetition): what a revision took out of a text. */
export function without(a: Profile, b: Profile): Profile {
  const pairs: number[] = [];
  const counts: number[] = [];
  let j = 0;
  a.pairs.forEach((pair, i) => {
    while (j < b.pairs.length && b.pairs[j] < pair) {
      j++;
    }
    const left = a.counts[i] - (j < b.pairs.length && b.pairs[j] === pair ? b.counts[j] : 0);
    if (left > 0) {
      pairs.push(pair);
      counts.push(left);
    }
  });
  return { pairs: Int32Array.from(pairs), counts: Int32Array.from(counts) };
}
