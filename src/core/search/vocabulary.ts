import Fuse from 'fuse.js';
import { IdScores } from './idScores';
import { PostingLists, StoredLists } from './postingLists';
import { wordsOutsideHan } from './words';

// Fuse's bitap allows about threshold × length typos in a word ("relif" → "relief", "povrety" →
// "poverty"); words of one or two characters must match exactly.
const FUZZY_OPTIONS = { isCaseSensitive: true, ignoreLocation: true, threshold: 0.4 } as const;
// Fuse's score for a pattern found whole inside a longer word.
const EXACT_INSIDE_SCORE = 0.001;

/** The sentences holding a word like a query word, each with Fuse's score of the match (0 = exact). */
export interface WordMatches {
  readonly ids: Int32Array;
  /** By position in `ids`; absent when every score is 0. */
  readonly scores?: Float32Array;
}

/** A vocabulary as a file keeps it: each word beside the number of its list. */
export interface StoredVocabulary {
  readonly words: readonly string[];
  readonly wordLists: Int32Array;
  readonly lists: StoredLists;
}

/**
 * The distinct words (outside Chinese) of the indexed sentences, each with the list of sentences
 * holding it, for matching one query word with typos. Documents come and go one at a time: adding
 * one appends to its words' lists; a removed document's sentences are skipped as retired, and its
 * words that no sentence holds any more leave when the lists are compacted.
 *
 * Fuse's own token search runs bitap over every passage for every query word, which costs
 * several milliseconds per word on one document; here bitap runs only on the few words that
 * share enough character pairs with the query word to be within its typo budget.
 */
export class Vocabulary {
  /** Every distinct word, with its list of sentences. */
  private readonly words = new Map<string, number>();
  private lists = new PostingLists();
  /** Character pair → the words holding it. */
  private readonly wordsByPair = new Map<string, Set<string>>();
  private readonly best = new IdScores();

  /** The vocabulary for a file, without the sentences not `live` (and the words only they held). */
  stored(live: Uint8Array): StoredVocabulary {
    this.compact(live);
    return { words: [...this.words.keys()], wordLists: Int32Array.from(this.words.values()), lists: this.lists.stored(live) };
  }

  /** The vocabulary a file kept, or undefined when a word's list is not one of its lists. */
  static restore(stored: StoredVocabulary): Vocabulary | undefined {
    const lists = PostingLists.restore(stored.lists);
    if (!lists || stored.words.length !== stored.wordLists.length || stored.wordLists.some((list) => list < 0 || list >= lists.size)) {
      return undefined;
    }
    const vocabulary = new Vocabulary();
    vocabulary.lists = lists;
    stored.words.forEach((word, at) => vocabulary.addWord(word, stored.wordLists[at]));
    return vocabulary;
  }

  /** Adds the words of sentence `id` (folded); ids must not decrease. */
  add(id: number, folded: string): void {
    for (const word of wordsOutsideHan(folded)) {
      let list = this.words.get(word);
      if (list === undefined) {
        list = this.lists.create();
        this.addWord(word, list);
      }
      this.lists.add(list, id);
    }
    this.lists.endId();
  }

  private addWord(word: string, list: number): void {
    this.words.set(word, list);
    for (const pair of pairsOf(word)) {
      let words = this.wordsByPair.get(pair);
      if (!words) {
        words = new Set();
        this.wordsByPair.set(pair, words);
      }
      words.add(word);
    }
  }

  /** Drops the sentences not `live` from the lists, and the words no live sentence holds. */
  compact(live: Uint8Array): void {
    this.lists.compact(live);
    for (const [word, list] of this.words) {
      if (this.lists.count(list) === 0) {
        this.words.delete(word);
        for (const pair of pairsOf(word)) {
          const pairWords = this.wordsByPair.get(pair);
          pairWords?.delete(word);
          if (pairWords?.size === 0) {
            this.wordsByPair.delete(pair);
          }
        }
      }
    }
  }

  /** The live sentences holding a word like `queryWord`, each with Fuse's score of its best such word. */
  passagesLike(queryWord: string, live: Uint8Array): WordMatches {
    const best = this.best;
    best.reset(live.length);
    for (const word of this.candidates(queryWord)) {
      const { isMatch, score } = queryWord.length <= 2 ? exactMatch(queryWord, word) : Fuse.match(queryWord, word, FUZZY_OPTIONS);
      if (!isMatch) {
        continue;
      }
      for (const id of this.lists.read(this.words.get(word) ?? 0, live)) {
        if (!best.has(id) || score < best.get(id)) {
          best.set(id, score);
        }
      }
    }
    const ids = best.ids.slice(0, best.size);
    return { ids, scores: Float32Array.from(ids, (id) => best.get(id)) };
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
      return [...this.words.keys()].filter((word) => word.includes(queryWord));
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
