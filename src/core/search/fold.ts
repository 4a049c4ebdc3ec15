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
