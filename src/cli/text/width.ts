// East Asian wide and full-width characters take two terminal columns (Unicode UAX #11); Han,
// kana, Hangul, CJK punctuation and full-width forms are what the Chinese text is made of.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

// Combining marks and zero-width characters take no column of their own.
const ZERO_WIDTH = /^[\p{M}\u200b-\u200f\u2060\ufeff]$/u;

export function isWide(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return WIDE.some(([first, last]) => code >= first && code <= last);
}

/** Columns a single character (code point) takes in a terminal. */
export function characterWidth(character: string): number {
  if (ZERO_WIDTH.test(character)) {
    return 0;
  }
  return isWide(character) ? 2 : 1;
}

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    width += characterWidth(character);
  }
  return width;
}
