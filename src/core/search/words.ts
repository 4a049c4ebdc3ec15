import { containsHan } from './fold';

const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/gu;

// Chinese writes no spaces between words: a run of Han characters is cut into dictionary words
// ("用户隐私" → 用户, 隐私) so that a query's words can be found apart from each other. Created
// on first use: loading the ICU word dictionary costs milliseconds that activation should not pay.
let segmenter: Intl.Segmenter | undefined;

function chineseWords(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** The words of folded text, in order: what a multi-word query is made of. */
export function searchWords(text: string): string[] {
  return (text.match(WORD_RUN) ?? []).flatMap((run) =>
    containsHan(run)
      ? [...chineseWords().segment(run)].filter((segment) => segment.isWordLike).map((segment) => segment.segment)
      : [run],
  );
}
