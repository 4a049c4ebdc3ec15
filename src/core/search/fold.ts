/**
 * Folds text so that spellings a reader considers the same compare equal: NFKC turns full-width
 * forms into their ASCII twins ("，" → ","), case is ignored, and the translation's curly quotes
 * match the straight ones people type ("users’" ↔ "users'").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const HAN = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}
