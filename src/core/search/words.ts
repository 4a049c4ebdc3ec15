import { containsHan } from './fold';

const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/gu;
// A letter, mark, digit or underscore that is not Chinese (ES2024 set subtraction).
const WORD_CHARACTER_OUTSIDE_HAN = new RegExp('^[[\\p{L}\\p{M}\\p{N}_]--\\p{Script=Han}]$', 'v');
// A character other than ASCII punctuation, CJK punctuation and Han: most Chinese sentences have
// none, so they have no words outside Han, which a regular expression of plain ranges finds out
// many times faster than a Unicode property could.
const MAY_HOLD_WORD_OUTSIDE_HAN = /[^ -/:-@[-^`{-\u007f\u3000-\u3004\u3008-\u3020\u3400-\u4dbf\u4e00-\u9fff]/;

// Chinese writes no spaces between words: a run of Han characters is cut into dictionary words
// ("用户隐私" → 用户, 隐私) so that a query's words can be found apart from each other. Created
// on first use: loading the ICU word dictionary costs milliseconds that activation should not pay.
let segmenter: Intl.Segmenter | undefined;

function chineseWords(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** The words of a folded query, in order: what a multi-word query is made of. */
export function searchWords(text: string): string[] {
  return (text.match(WORD_RUN) ?? []).flatMap((run) =>
    containsHan(run)
      ? [...chineseWords().segment(run)].filter((segment) => segment.isWordLike).map((segment) => segment.segment)
      : [run],
  );
}

/**
 * The words of folded text outside Chinese, for the vocabulary of typo-tolerant matching. Chinese
 * is found by scanning the text instead: segmenting a corpus with the ICU dictionary costs seconds.
 * A loop over the characters, because Chinese text is nearly all ideographs, which one range check
 * settles; a regular expression with Unicode classes costs several times more per character.
 */
export function wordsOutsideHan(text: string): string[] {
  const words: string[] = [];
  if (!MAY_HOLD_WORD_OUTSIDE_HAN.test(text)) {
    return words;
  }
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const inWord = index < text.length && isWordOutsideHan(text, index);
    if (inWord && start < 0) {
      start = index;
    } else if (!inWord && start >= 0) {
      words.push(text.slice(start, index));
      start = -1;
    }
  }
  return words;
}

function isWordOutsideHan(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0x80) {
    return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || unit === 0x5f;
  }
  // CJK Unified Ideographs and Extension A: all Han.
  if ((unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf)) {
    return false;
  }
  const code = text.codePointAt(index) ?? unit;
  // The low half of a surrogate pair belongs to the character before it.
  if (unit >= 0xdc00 && unit <= 0xdfff && index > 0 && (text.codePointAt(index - 1) ?? 0) > 0xffff) {
    return isWordOutsideHan(text, index - 1);
  }
  return WORD_CHARACTER_OUTSIDE_HAN.test(String.fromCodePoint(code));
}
