import { containsHan } from '../search/fold';
import { WordSegmenter } from './segmenter';

const WORD = /[\p{L}\p{N}]/u;

/**
 * The words of a text: the segmenter's tokens that hold a letter or digit (punctuation and spaces
 * are not words), those outside Chinese lower-cased (Data, data). One cut per text: the segmenter
 * splits other scripts at spaces and punctuation itself, and each call into it has a cost of its own.
 */
export function wordsOf(text: string, segmenter: WordSegmenter): string[] {
  const words: string[] = [];
  for (const token of segmenter.cut(text)) {
    // Most tokens of a Chinese corpus start with a CJK ideograph: a word, kept as it is, without
    // the regular expressions.
    const first = token.charCodeAt(0);
    if (first >= 0x4e00 && first <= 0x9fff) {
      words.push(token);
    } else if (WORD.test(token)) {
      words.push(containsHan(token) ? token : token.toLowerCase());
    }
  }
  return words;
}
