/**
 * Splits provision text into the units that alignment pairs up: English sentences and Chinese
 * clauses. Both languages are cut at the same kinds of marks (full stops and semicolons) so
 * that a unit on one side usually translates a unit on the other.
 */

/** A stretch of the source string; `text === source.slice(start, end)`, trimmed of whitespace. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Closing quotes and brackets after a stop belong to the unit the stop ends ("….”").
const CLOSERS = '”’"\')]）」』';

// The translation separates clauses with ';' exactly where the Chinese has ';', so it ends a unit
// whatever follows it.
const ENGLISH_CLAUSE_END = ';';
// The clause end and the sentence ends ('.!?'): where a unit may end.
const ENGLISH_MARKS = /[;.!?]/g;

// Abbreviations that never end a sentence, as written (so a sentence may still end in "no.").
// "etc." is deliberately absent: the translation often ends sentences with it ("…enterprises,
// etc. Promote…"); where it does not, a lowercase word follows ("…services, etc. promote…") and
// the lowercase rule keeps the sentence whole.
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Nos', 'Art', 'Arts', 'Fig', 'vs', 'cf', 'e.g', 'i.e']);

// The source uses ASCII ';' in the Chinese as well as the full-width marks.
const CHINESE_ENDS = /[。;；！？!?]/g;

export function segmentEnglish(text: string): Segment[] {
  return cutAt(text, ENGLISH_MARKS, (index) => text[index] === ENGLISH_CLAUSE_END || endsEnglishSentence(text, index));
}

export function segmentChinese(text: string): Segment[] {
  return cutAt(text, CHINESE_ENDS, () => true);
}

/**
 * A full stop ends a sentence when whitespace (or the end of the text) follows it, the next word
 * does not start in lowercase ("…joint mechanisms. sectoral management…" is one sentence in the
 * source), and the word it closes is not an abbreviation or an initial.
 */
function endsEnglishSentence(text: string, index: number): boolean {
  const after = skipClosers(text, index + 1);
  if (after >= text.length) {
    return true;
  }
  if (!/\s/.test(text[after])) {
    return false;
  }
  let nextIndex = after;
  while (nextIndex < text.length && /\s/.test(text[nextIndex])) {
    nextIndex++;
  }
  const next = text.charAt(nextIndex);
  if (next !== next.toUpperCase()) {
    return false;
  }
  return text[index] !== '.' || !isAbbreviation(wordBefore(text, index));
}

function isAbbreviation(word: string): boolean {
  // A single capital ("J. Smith", "U.S.") is an initial.
  return ABBREVIATIONS.has(word) || /^(?:[A-Z]\.)*[A-Z]$/.test(word);
}

/** The word a full stop at `index` closes, keeping inner stops ("e.g", "U.S"). */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) {
    start--;
  }
  return text.slice(start, index);
}

function skipClosers(text: string, index: number): number {
  let position = index;
  while (position < text.length && CLOSERS.includes(text[position])) {
    position++;
  }
  return position;
}

/**
 * Cuts after every mark `marks` finds that `isEnd` accepts (and the closers that follow it),
 * trimming each piece. The regular expression jumps from mark to mark: a law has a hundred
 * thousand characters and a few thousand marks.
 */
function cutAt(text: string, marks: RegExp, isEnd: (index: number) => boolean): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  marks.lastIndex = 0;
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    if (isEnd(mark.index)) {
      const end = skipClosers(text, mark.index + 1);
      pushTrimmed(segments, text, start, end);
      start = end;
      marks.lastIndex = end;
    }
  }
  pushTrimmed(segments, text, start, text.length);
  return segments;
}

function pushTrimmed(segments: Segment[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) {
    start++;
  }
  while (end > start && /\s/.test(text[end - 1])) {
    end--;
  }
  if (start < end) {
    segments.push({ start, end, text: text.slice(start, end) });
  }
}
