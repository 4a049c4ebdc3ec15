import { contentHash } from '../lib/contentHash';
import { WordSegmenter } from './segmenter';
import { wordsOf } from './tokens';

// What makes a tally: a new jieba (its dictionary), a change to how it is called or to what counts as a word must
// give every text a new key, so that no tally kept under the old one is taken for the new.
const COUNTING = 'jieba-wasm 2.4.0, dictionary cut without HMM; words: tokens with a letter or digit, lower-cased outside Chinese';

/**
 * The words of some texts counted: each distinct word once, beside how often it occurs, stop words
 * included (they are left out when tallies are summed, so that editing them cuts nothing again).
 * Two arrays, as a worker sends them and the cache keeps them: a few hundred words for a law, where
 * its word list holds thousands of strings.
 */
export interface WordTally {
  readonly words: readonly string[];
  readonly counts: readonly number[];
}

/** The tally of the texts, each cut on its own. */
export function tallyWords(texts: readonly string[], segmenter: WordSegmenter): WordTally {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text, segmenter)) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return { words: [...counts.keys()], counts: [...counts.values()] };
}

/** The key of the texts' tally: the texts, the user dictionary and the way they are counted, hashed. */
export function tallyKey(texts: readonly string[], dictionary: readonly string[]): string {
  const encoder = new TextEncoder();
  return contentHash([encoder.encode(COUNTING), encoder.encode(dictionary.join('\n')), ...texts.map((text) => encoder.encode(text))]);
}

/** Whether a value read from outside (a cache entry) is a sound tally: distinct words, each counted a whole number of times. */
export function isWordTally(value: unknown): value is WordTally {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { words, counts } = value as Partial<Record<keyof WordTally, unknown>>;
  return (
    Array.isArray(words) &&
    Array.isArray(counts) &&
    words.length === counts.length &&
    words.every((word) => typeof word === 'string' && word !== '') &&
    new Set(words).size === words.length &&
    counts.every((count) => Number.isInteger(count) && (count as number) > 0)
  );
}
