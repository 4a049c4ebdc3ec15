import { WordSegmenter } from './segmenter';
import { WordTally, tallyKey, tallyWords } from './wordTally';

/** The key of some texts (`tallyKey`) and, unless the caller knew that key already, their tally. */
export interface Counted {
  readonly key: string;
  readonly tally?: WordTally;
}

/**
 * Counts the words of texts somewhere else than where the counts are wanted: in a worker (the
 * extension hosts, whose event loop must never wait for jieba nor hold a corpus's word lists) or in
 * this process (the command line). Hashing the texts for their key happens there too.
 */
export interface WordCounter {
  /** The texts' key and tally; only the key when it is `known` (the caller holds their tally: a cache entry made for it). */
  count(texts: readonly string[], known?: string): Promise<Counted>;
}

/** What a counter does with a segmenter loaded with `dictionary`, wherever it runs. */
export function countWith(segmenter: WordSegmenter, dictionary: readonly string[], texts: readonly string[], known: string | undefined): Counted {
  const key = tallyKey(texts, dictionary);
  return key === known ? { key } : { key, tally: tallyWords(texts, segmenter) };
}

/**
 * The tally counted, or `known` (the caller's, kept under the key `count` was given) when the
 * counter only confirmed the key; a counter that answered neither is broken, and says so.
 */
export function countedTally({ tally }: Counted, known?: WordTally): WordTally {
  const found = tally ?? known;
  if (!found) {
    throw new Error('the segmenter answered a count with no tally');
  }
  return found;
}

/**
 * Several counters as one: each request goes to the one with the fewest waiting, so that two
 * workers on two cores count a corpus in about half the time of one.
 */
export class CounterPool implements WordCounter {
  private readonly waiting: number[];

  constructor(private readonly counters: readonly WordCounter[]) {
    this.waiting = counters.map(() => 0);
  }

  async count(texts: readonly string[], known?: string): Promise<Counted> {
    const chosen = this.waiting.indexOf(Math.min(...this.waiting));
    this.waiting[chosen]++;
    try {
      return await this.counters[chosen].count(texts, known);
    } finally {
      this.waiting[chosen]--;
    }
  }
}

/** A segmenter of this process, loaded with `dictionary`, as a counter: for the command line, which has no event loop to keep free. */
export function inProcessCounter(segmenter: WordSegmenter, dictionary: readonly string[]): WordCounter {
  return { count: (texts, known) => Promise.resolve(countWith(segmenter, dictionary, texts, known)) };
}
