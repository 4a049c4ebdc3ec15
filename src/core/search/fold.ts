// Curly quotes fold to the straight ones people type ("users’" ↔ "users'"), runs of whitespace to
// one space: one pass over the text for all three.
const QUOTE_OR_SPACE = /[‘’‛′“”‟″]|\s+/g;

function straighten(match: string): string {
  if (/\s/.test(match[0])) {
    return ' ';
  }
  return '‘’‛′'.includes(match) ? "'" : '"';
}

/**
 * Folds text so that spellings a reader considers the same compare equal: NFKC turns full-width
 * forms into their ASCII twins ("，" → ","), case is ignored, and the translation's curly quotes
 * match the straight ones people type ("users’" ↔ "users'").
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(QUOTE_OR_SPACE, straighten).trim();
}

const HAN = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Folded text with, for each of its code units, the index in the source where its character began. */
export interface FoldedText {
  readonly folded: string;
  /** `sources[i]` is where folded[i] came from; one more entry holds the source's length. */
  readonly sources: readonly number[];
}

/**
 * `foldForSearch` character by character, keeping where each folded character came from, so that a
 * match in the folded text can be mapped back to the words as written. Runs of whitespace become one
 * space; nothing is trimmed, so offsets stay true at both ends.
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const sources: number[] = [];
  let index = 0;
  for (const character of text) {
    const isSpace = /\s/.test(character);
    if (!isSpace || !folded.endsWith(' ')) {
      const piece = isSpace ? ' ' : foldSpelling(character);
      folded += piece;
      for (let unit = 0; unit < piece.length; unit++) {
        sources.push(index);
      }
    }
    index += character.length;
  }
  sources.push(text.length);
  return { folded, sources };
}

/** Width, case and quotes folded; whitespace as it was. */
function foldSpelling(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"');
}
