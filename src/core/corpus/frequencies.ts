import { WordTally } from './wordTally';

/** How often a word occurs in the texts chosen, and how characteristic of them it is. */
export interface WordFrequency {
  readonly word: string;
  readonly count: number;
  /** How many documents of those chosen have it. */
  readonly documents: number;
  /**
   * Log-likelihood (G²) of the word's count in the texts chosen against the rest of the corpus,
   * negative when the rest uses it more; absent when the texts chosen are the whole corpus.
   */
  readonly keyness?: number;
}

/** The tally of one document's texts (all of them, or those chosen: the passages of a tag). */
export interface DocumentTally {
  readonly document: string;
  readonly tally: WordTally;
}

/**
 * Word counts of a set of documents' tallies, each document's in one tally: per word, the count and
 * how many documents have it.
 */
export class WordCounts {
  readonly counts = new Map<string, number>();
  readonly documents = new Map<string, number>();
  total = 0;

  constructor(
    tallies: Iterable<DocumentTally>,
    private readonly stopWords: ReadonlySet<string>,
  ) {
    for (const tally of tallies) {
      this.add(tally);
    }
  }

  /**
   * The counts of a corpus, a slice of time at a time (summing the tallies of thousands of
   * documents takes the host a few hundred milliseconds), awaiting `checkpoint` between documents.
   */
  static async inSlices(tallies: Iterable<DocumentTally>, stopWords: ReadonlySet<string>, checkpoint: () => Promise<void>): Promise<WordCounts> {
    const counts = new WordCounts([], stopWords);
    for (const tally of tallies) {
      counts.add(tally);
      await checkpoint();
    }
    return counts;
  }

  private add({ tally: { words, counts } }: DocumentTally): void {
    for (const [index, word] of words.entries()) {
      if (this.stopWords.has(word)) {
        continue;
      }
      this.counts.set(word, (this.counts.get(word) ?? 0) + counts[index]);
      this.documents.set(word, (this.documents.get(word) ?? 0) + 1);
      this.total += counts[index];
    }
  }
}

/**
 * The `top` most frequent words of `chosen`, most frequent first (ties by word), each with its
 * keyness against `corpus` minus `chosen` when `corpus` is given.
 */
export function topWords(chosen: WordCounts, top: number, corpus?: WordCounts): WordFrequency[] {
  return ranked(chosen.counts, top).map(([word, count]) => ({
    word,
    count,
    documents: chosen.documents.get(word) ?? 0,
    ...(corpus && { keyness: round(logLikelihood(count, chosen.total, (corpus.counts.get(word) ?? count) - count, corpus.total - chosen.total)) }),
  }));
}

/**
 * The `top` words by count, most first, ties by word. Only the words counted as often as the
 * least of the top are sorted (found from how many words have each count): a corpus has tens of
 * thousands of words, whose full sort held the host longer than a slice.
 */
function ranked(counts: ReadonlyMap<string, number>, top: number): [string, number][] {
  const perCount = new Map<number, number>();
  for (const count of counts.values()) {
    perCount.set(count, (perCount.get(count) ?? 0) + 1);
  }
  let least = 0;
  let taken = 0;
  for (const [count, words] of [...perCount].sort(([a], [b]) => b - a)) {
    least = count;
    taken += words;
    if (taken >= top) {
      break;
    }
  }
  return [...counts]
    .filter(([, count]) => count >= least)
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top);
}

/**
 * Dunning's log-likelihood of a word seen `a` times in `c` words and `b` times in `d` others:
 * 2 Σ O ln(O / E), each expected count E from the pooled rate. Signed: positive when the first
 * texts use the word more than the others, as keyness lists are read.
 */
export function logLikelihood(a: number, c: number, b: number, d: number): number {
  if (c <= 0 || d <= 0) {
    return 0;
  }
  const pooled = (a + b) / (c + d);
  const term = (observed: number, expected: number) => (observed > 0 ? observed * Math.log(observed / expected) : 0);
  const g2 = 2 * (term(a, c * pooled) + term(b, d * pooled));
  return a / c >= b / d ? g2 : -g2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
