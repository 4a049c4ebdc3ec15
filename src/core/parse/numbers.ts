import { parseChineseNumeral } from '../references/chineseNumerals';

/** Numbers as documents write them in headings: 12, 十二, XII, Twelve, Twenty-One. */

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function parseRoman(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) {
    return undefined;
  }
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = ROMAN[text[index]];
    const next = ROMAN[text[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === text ? total : undefined;
}

function toRoman(value: number): string {
  const table: readonly [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let written = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      written += letters;
      rest -= amount;
    }
  }
  return written;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "Three", "Twenty-One", "twenty one"; up to ninety-nine, which is as far as headings count in words. */
export function parseEnglishNumberWord(text: string): number | undefined {
  const [first, second, ...rest] = text.toLowerCase().split(/[-\s]+/);
  if (rest.length > 0) {
    return undefined;
  }
  const unit = UNITS.indexOf(first);
  if (second === undefined && unit > 0) {
    return unit;
  }
  const tens = TENS.indexOf(first);
  if (tens < 2) {
    return undefined;
  }
  const ones = second === undefined ? 0 : UNITS.indexOf(second);
  return ones >= 0 && ones < 10 ? tens * 10 + ones : undefined;
}

/** Arabic digits (ASCII or full-width) or a Chinese numeral. */
export function parseChineseNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(text);
}

/** Digits, Roman numerals or number words, as English headings write them. */
export function parseEnglishNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : (parseRoman(text) ?? parseEnglishNumberWord(text));
}
