import { segmentChinese, segmentEnglish } from '../align/segment';
import { Language } from '../model';

/**
 * The 1-based numbers of the sentences of a provision's text (cut as block quotes and the
 * alignment cut them) that a selection touches; `start` and `end` are offsets into that text.
 * An empty selection touches the sentence it sits in.
 */
export function selectedSentences(text: string, language: Language, start: number, end: number): number[] {
  const sentences = language === 'en' ? segmentEnglish(text) : segmentChinese(text);
  const touches = (sentence: { start: number; end: number }): boolean =>
    start === end ? sentence.start <= start && start <= sentence.end : sentence.start < end && start < sentence.end;
  return sentences.flatMap((sentence, index) => (touches(sentence) ? [index + 1] : []));
}
