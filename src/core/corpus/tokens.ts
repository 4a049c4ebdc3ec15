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
    if (WORD.test(token)) {
      words.push(containsHan(token) ? token : token.toLowerCase());
    }
  }
  return words;
}
