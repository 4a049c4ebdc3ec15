/**
 * Chinese numerals as used to number provisions and parts ("第十五条", "四、").
 *
 * Only the canonical forms are produced and accepted, so that a recognised reference always
 * renders back to the text it was found in; the variants writers really type (〇 for 零, 两 before
 * 百/千, a leading 一十) are normalised first.
 */

/** The largest number written here (千 is the largest unit handled). */
export const MAX_CHINESE_NUMERAL = 9999;

/** The characters a Chinese numeral is made of, as a regular-expression class; validate with parseChineseNumeral. */
export const CHINESE_NUMERAL_CHARACTERS = '[零〇一二两三四五六七八九十百千]';

const DIGITS = '零一二三四五六七八九';

const UNITS: readonly (readonly [number, string])[] = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
];

/** 15 → 十五, 101 → 一百零一, 110 → 一百一十. Throws RangeError outside 1–9999. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`${value} has no Chinese numeral here (1–${MAX_CHINESE_NUMERAL})`);
  }
  let written = '';
  let zeroPending = false;
  for (const [unit, unitCharacter] of UNITS) {
    const digit = Math.floor(value / unit) % 10;
    if (digit === 0) {
      // Zeros between written digits collapse into one 零; trailing zeros are not written.
      zeroPending = written !== '';
      continue;
    }
    if (zeroPending) {
      written += '零';
      zeroPending = false;
    }
    // 10–19 are written 十, 十一 …; inside a larger number the 一 is kept (一百一十).
    const omitOne = digit === 1 && unit === 10 && written === '';
    written += (omitOne ? '' : DIGITS[digit]) + unitCharacter;
  }
  return written;
}

/** 十五 → 15; undefined for anything that is not a well-formed numeral in 1–9999. */
export function parseChineseNumeral(text: string): number | undefined {
  const normalised = text
    .replace(/〇/g, '零')
    .replace(/两(?=[百千])/g, '二')
    .replace(/^一十/, '十');
  const value = readPositional(normalised);
  if (value === undefined || value < 1 || value > MAX_CHINESE_NUMERAL) {
    return undefined;
  }
  // The positional reading accepts malformed numerals (十十, 一百十); only the canonical form names a number.
  return toChineseNumeral(value) === normalised ? value : undefined;
}

function readPositional(text: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const character of text) {
    const digitValue = DIGITS.indexOf(character);
    const unit = UNITS.find(([, unitCharacter]) => unitCharacter === character);
    if (digitValue >= 0) {
      digit = digitValue;
    } else if (unit) {
      total += (digit === 0 ? 1 : digit) * unit[0];
      digit = 0;
    } else {
      return undefined;
    }
  }
  return total + digit;
}
