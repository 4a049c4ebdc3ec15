import { containsHan, foldForSearch } from './fold';
import { searchWords } from './words';

/** A query folded once per search, with the words it is made of. */
export interface Query {
  readonly folded: string;
  readonly words: readonly string[];
  /** Chinese has no word boundaries, so any position counts as the start of a word. */
  readonly han: boolean;
}

export function prepareQuery(text: string): Query {
  const folded = foldForSearch(text);
  return { folded, words: searchWords(folded), han: containsHan(folded) };
}

/**
 * Scores for passages that hold the query literally, best first. They all beat every fuzzy
 * match (`FUZZY_FLOOR`), so a provision that really contains the phrase always ranks first.
 */
const PHRASE_IN_TITLE = 0;
const PHRASE_AT_WORD_START = 0.02;
// "rat" inside "separately" is usually not what was meant, but may be a stem being typed.
const PHRASE_INSIDE_WORD = 0.05;
// Every word present, though not as one phrase ("poverty action plan").
const ALL_WORDS = 0.1;

export const FUZZY_FLOOR = 0.15;

/** The literal score for the query of a sentence (folded), or undefined when it does not hold it. */
export function literalScore(folded: string, isTitle: boolean, query: Query): number | undefined {
  const phrase = phrasePosition(folded, query);
  if (phrase === 'word-start') {
    return isTitle ? PHRASE_IN_TITLE : PHRASE_AT_WORD_START;
  }
  if (phrase === 'inside-word') {
    return PHRASE_INSIDE_WORD;
  }
  if (query.words.length > 1 && query.words.every((word) => folded.includes(word))) {
    return ALL_WORDS;
  }
  return undefined;
}

function phrasePosition(text: string, query: Query): 'word-start' | 'inside-word' | undefined {
  let index = text.indexOf(query.folded);
  if (index < 0) {
    return undefined;
  }
  if (query.han) {
    return 'word-start';
  }
  // Look past occurrences inside words for one that starts a word.
  for (; index >= 0; index = text.indexOf(query.folded, index + 1)) {
    if (index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1])) {
      return 'word-start';
    }
  }
  return 'inside-word';
}
