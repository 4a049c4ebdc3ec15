import Fuse from 'fuse.js';
import { Passage } from './passages';
import { wordsOutsideHan } from './words';

// Fuse's bitap allows about threshold × length typos in a word ("relif" → "relief", "povrety" →
// "poverty"); words of one or two characters must match exactly.
const FUZZY_OPTIONS = { isCaseSensitive: true, ignoreLocation: true, threshold: 0.4 } as const;
// Fuse's score for a pattern found whole inside a longer word.
const EXACT_INSIDE_SCORE = 0.001;

/**
 * The distinct words (outside Chinese) of the indexed passages, for matching one query word with
 * typos. Documents come and go one at a time: adding or removing one touches only its own words.
 *
 * Fuse's own token search runs bitap over every passage for every query word, which costs
 * several milliseconds per word on one document; here bitap runs only on the few words that
 * share enough character pairs with the query word to be within its typo budget.
 */
export class Vocabulary {
  /** Every distinct word, with the passages that hold it. */
  private readonly postings = new Map<string, Passage[]>();
  /** Character pair → the words holding it. */
  private readonly wordsByPair = new Map<string, Set<string>>();

  add(passages: readonly Passage[]): void {
    for (const passage of passages) {
      for (const word of new Set(wordsOutsideHan(passage.folded))) {
        const holders = this.postings.get(word);
        if (holders) {
          holders.push(passage);
        } else {
          this.postings.set(word, [passage]);
          for (const pair of pairsOf(word)) {
            let words = this.wordsByPair.get(pair);
            if (!words) {
              words = new Set();
              this.wordsByPair.set(pair, words);
            }
            words.add(word);
          }
        }
      }
    }
  }

  remove(passages: readonly Passage[]): void {
    const leaving = new Set(passages);
    const words = new Set(passages.flatMap((passage) => wordsOutsideHan(passage.folded)));
    for (const word of words) {
      const holders = this.postings.get(word)?.filter((passage) => !leaving.has(passage)) ?? [];
      if (holders.length > 0) {
        this.postings.set(word, holders);
        continue;
      }
      this.postings.delete(word);
      for (const pair of pairsOf(word)) {
        const pairWords = this.wordsByPair.get(pair);
        pairWords?.delete(word);
        if (pairWords?.size === 0) {
          this.wordsByPair.delete(pair);
        }
      }
    }
  }

  /** The passages holding a word like `queryWord`, each with Fuse's score of its best such word. */
  passagesLike(queryWord: string): Map<Passage, number> {
    const scores = new Map<Passage, number>();
    for (const word of this.candidates(queryWord)) {
      const { isMatch, score } = queryWord.length <= 2 ? exactMatch(queryWord, word) : Fuse.match(queryWord, word, FUZZY_OPTIONS);
      if (!isMatch) {
        continue;
      }
      for (const passage of this.postings.get(word) ?? []) {
        scores.set(passage, Math.min(score, scores.get(passage) ?? 1));
      }
    }
    return scores;
  }

  /**
   * Words that may be within the typo budget. Bitap finds the query word inside a word, so a short
   * query word must appear whole. A longer one must share a third of its character pairs: a typo
   * spoils two (a swap three), so words one typo away pass, and most two typos away (of 600 random
   * typos on this document, only weak double-typo matches of five- and six-letter words were lost),
   * while most of the vocabulary does not.
   */
  private candidates(queryWord: string): Iterable<string> {
    if (queryWord.length <= 2) {
      return [...this.postings.keys()].filter((word) => word.includes(queryWord));
    }
    const pairs = pairsOf(queryWord);
    const needed = Math.max(1, Math.ceil(pairs.size / 3));
    const shared = new Map<string, number>();
    for (const pair of pairs) {
      for (const word of this.wordsByPair.get(pair) ?? []) {
        shared.set(word, (shared.get(word) ?? 0) + 1);
      }
    }
    return [...shared].filter(([, count]) => count >= needed).map(([word]) => word);
  }
}

/** Fuse's answer for a word too short for typos, which every candidate holds: thousands of them for "s". */
function exactMatch(queryWord: string, word: string): { isMatch: boolean; score: number } {
  return { isMatch: true, score: word === queryWord ? 0 : EXACT_INSIDE_SCORE };
}

function pairsOf(word: string): Set<string> {
  const characters = [...word];
  return new Set(characters.slice(1).map((character, index) => characters[index] + character));
}
