import { getOrCreate } from '../lib/getOrCreate';

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

/** Words of one document's text. */
export interface CountedText {
  readonly document: string;
  readonly words: readonly string[];
}

/** Word counts of a set of texts: per word, the count and the documents that have it. */
export class WordCounts {
  readonly counts = new Map<string, number>();
  readonly documents = new Map<string, Set<string>>();
  total = 0;

  constructor(
    texts: Iterable<CountedText>,
    private readonly stopWords: ReadonlySet<string>,
  ) {
    for (const text of texts) {
      this.add(text);
    }
  }

  /**
   * The counts of a corpus, a slice of time at a time (millions of words take the host a few
   * hundred milliseconds), awaiting `checkpoint` between texts.
   */
  static async inSlices(texts: Iterable<CountedText>, stopWords: ReadonlySet<string>, checkpoint: () => Promise<void>): Promise<WordCounts> {
    const counts = new WordCounts([], stopWords);
    for (const text of texts) {
      counts.add(text);
      await checkpoint();
    }
    return counts;
  }

  private add({ document, words }: CountedText): void {
    for (const word of words) {
      if (this.stopWords.has(word)) {
        continue;
      }
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
      getOrCreate(this.documents, word, () => new Set()).add(document);
      this.total++;
    }
  }
}

/**
 * The `top` most frequent words of `chosen`, most frequent first (ties by word), each with its
 * keyness against `corpus` minus `chosen` when `corpus` is given.
 */
export function topWords(chosen: WordCounts, top: number, corpus?: WordCounts): WordFrequency[] {
  const ranked = [...chosen.counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).slice(0, top);
  return ranked.map(([word, count]) => ({
    word,
    count,
    documents: chosen.documents.get(word)?.size ?? 0,
    ...(corpus && { keyness: round(logLikelihood(count, chosen.total, (corpus.counts.get(word) ?? count) - count, corpus.total - chosen.total)) }),
  }));
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
