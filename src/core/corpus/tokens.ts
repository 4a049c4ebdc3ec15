import { containsHan } from '../search/fold';
import { WordSegmenter } from './segmenter';

// A run of Chinese, or a word of any other script (letters, digits, marks).
const RUNS = /[\p{Script=Han}]+|[\p{L}\p{M}\p{N}_]+/gu;
const WORD = /[\p{L}\p{N}]/u;

/**
 * The words of a text: Chinese cut by the segmenter, other scripts split at anything that is not
 * a letter or digit and lower-cased (Data, data). Punctuation and spaces are not words.
 */
export function wordsOf(text: string, segmenter: WordSegmenter): string[] {
  const words: string[] = [];
  for (const [run] of text.matchAll(RUNS)) {
    if (containsHan(run)) {
      for (const word of segmenter.cut(run)) {
        if (WORD.test(word)) {
          words.push(word);
        }
      }
    } else {
      words.push(run.toLowerCase());
    }
  }
  return words;
}
