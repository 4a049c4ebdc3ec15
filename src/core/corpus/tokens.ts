import { containsHan } from '../search/fold';
import { WordSegmenter } from './segmenter';

const WORD = /[\p{L}\p{N}]/u;

/**
 * The words of a text: the segmenter's tokens that hold a letter or digit (punctuation and spaces
 * are not words), those outside Chinese lower-cased (Data, data). One cut per text: the segmenter
 * splits other scripts at spaces and punctuation itself, and each call into it has a cost of its own.
 */
export function wordsOf(text: string, segmenter: WordSegmenter): string[] {
  return wordsOfTokens(segmenter.cut(text));
}

/** The words among a text's tokens (see `wordsOf`). */
export function wordsOfTokens(tokens: Iterable<string>): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    // Most tokens of a Chinese corpus start with a CJK ideograph: a word, kept as it is, without
    // the regular expressions (a third of the host's share of counting a corpus).
    const first = token.charCodeAt(0);
    if (first >= 0x4e00 && first <= 0x9fff) {
      words.push(token);
    } else if (WORD.test(token)) {
      words.push(containsHan(token) ? token : token.toLowerCase());
    }
  }
  return words;
}

/**
 * A cut as the lengths of its tokens, in UTF-16 code units: what a worker sends back and the cache
 * keeps (a few bytes a token, where the tokens themselves would be copied, cloned and stored whole).
 */
export function tokenLengths(tokens: readonly string[]): number[] {
  return tokens.map((token) => token.length);
}

/** Whether `lengths` cut `text` into tokens that make it up exactly (checked without slicing it). */
export function coversText(text: string, lengths: unknown): lengths is number[] {
  if (!Array.isArray(lengths)) {
    return false;
  }
  let total = 0;
  for (const length of lengths) {
    if (!Number.isInteger(length) || (length as number) <= 0) {
      return false;
    }
    total += length as number;
  }
  return total === text.length;
}

/**
 * The tokens of `text` that `lengths` mark, or undefined when they do not cover it exactly (a cache
 * entry or a reply that is not of this text).
 */
export function tokensFromLengths(text: string, lengths: readonly number[]): string[] | undefined {
  const tokens: string[] = [];
  let at = 0;
  for (const length of lengths) {
    if (!Number.isInteger(length) || length <= 0 || at + length > text.length) {
      return undefined;
    }
    tokens.push(text.slice(at, at + length));
    at += length;
  }
  return at === text.length ? tokens : undefined;
}
