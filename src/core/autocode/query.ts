import { containsHan, foldForSearch, foldWithOffsets } from '../search/fold';
import { localized } from '../l10n/localized';

/** [start, end) in a text, in UTF-16 code units. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * What an auto-coding query looks for, told by how it is written:
 * - `/…/flags`: a regular expression (JavaScript syntax, Unicode), matched as written;
 * - `"…"` (straight or curly quotes): an exact phrase, folded as the search folds (case, width,
 *   quotes, spaces), that starts and ends on word boundaries in alphabetic scripts;
 * - anything else: the search's literal matching, the phrase at the start of a word (so stems
 *   match: `regulat` finds "regulation"), or else, within one sentence, all of the words written
 *   apart (`personal protection`; `个人信息` is one word, `个人 信息` two).
 */
export type QueryKind = 'search' | 'phrase' | 'regex';

export interface AutocodeQuery {
  readonly kind: QueryKind;
  /** The query as given. */
  readonly source: string;
  /** Every match in one sentence, in order, none empty. */
  find(text: string): TextRange[];
}

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
const QUOTED = /^(?:"(.+)"|“(.+)”)$/s;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;

export function parseAutocodeQuery(query: string): AutocodeQuery | { readonly refused: string } {
  const source = query.trim();
  const regex = REGEX_LITERAL.exec(source);
  if (regex) {
    return regexQuery(source, regex[1], regex[2]);
  }
  const quoted = QUOTED.exec(source);
  const phrase = foldForSearch(quoted ? (quoted[1] ?? quoted[2]) : source);
  if (phrase === '') {
    return { refused: localized('refusal.emptyQuery') };
  }
  if (quoted) {
    return { kind: 'phrase', source, find: (text) => phraseMatches(text, phrase, true) };
  }
  // Words the person set apart; Chinese written without spaces is one phrase, not the segmenter's words.
  const words = phrase.split(' ');
  return {
    kind: 'search',
    source,
    find: (text) => {
      const found = phraseMatches(text, phrase, false);
      return found.length > 0 || words.length < 2 ? found : allWords(text, words);
    },
  };
}

function regexQuery(source: string, pattern: string, flags: string): AutocodeQuery | { readonly refused: string } {
  let compiled: RegExp;
  try {
    // Every match is wanted ('g'); Unicode unless the newer 'v' mode is asked for.
    const wanted = [...new Set([...flags.replace(/[gy]/g, ''), 'g', ...(flags.includes('v') ? [] : ['u'])])].join('');
    compiled = new RegExp(pattern, wanted);
  } catch (thrown) {
    return { refused: localized('refusal.badRegex', source, thrown instanceof Error ? thrown.message : String(thrown)) };
  }
  return {
    kind: 'regex',
    source,
    find: (text) => [...text.matchAll(compiled)].flatMap((match) => (match[0] === '' ? [] : [{ start: match.index, end: match.index + match[0].length }])),
  };
}

/** Where the folded phrase occurs in the text, mapped back to the text as written. */
function phraseMatches(text: string, phrase: string, wholeWords: boolean): TextRange[] {
  const { folded, sources } = foldWithOffsets(text);
  const han = containsHan(phrase);
  const found: TextRange[] = [];
  for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    const startsWord = han || at === 0 || !WORD_CHARACTER.test(folded[at - 1]);
    const endsWord = han || !wholeWords || end === folded.length || !WORD_CHARACTER.test(folded[end]);
    if (startsWord && endsWord) {
      found.push({ start: sources[at], end: sources[end] });
      at = end - 1;
    }
  }
  return found;
}

/** All the words in the sentence, apart: one match from the first to the last of them. */
function allWords(text: string, words: readonly string[]): TextRange[] {
  const places = words.map((word) => phraseMatches(text, word, false)[0]);
  if (places.some((place) => place === undefined)) {
    return [];
  }
  return [{ start: Math.min(...places.map((place) => place.start)), end: Math.max(...places.map((place) => place.end)) }];
}
