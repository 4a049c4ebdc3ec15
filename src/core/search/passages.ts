import { Language, Provision } from '../model';
import { segmentChinese, segmentEnglish } from '../align/segment';
import { containsHan, foldForSearch } from './fold';

/**
 * What the search index holds: one of a provision's titles, one sentence (or clause) of its text,
 * or one sentence of the caller's extra text, cut as the aligner cuts them. Matching sentence by
 * sentence means that a query's words count together only when they are said together, and lets a
 * hit show the sentence that matched.
 */
export interface Passage {
  readonly kind: 'title' | 'text' | 'extra';
  readonly language: Language;
  /** As written, for display. */
  readonly text: string;
  /** `foldForSearch(text)`: what is matched. */
  readonly folded: string;
}

function passage(kind: Passage['kind'], language: Language, text: string): Passage {
  return { kind, language, text, folded: foldForSearch(text) };
}

/** The provision's titles and the sentences of its text, in both languages. */
export function provisionPassages(provision: Provision): Passage[] {
  const passages = [
    passage('title', 'en', provision.title.en),
    passage('title', 'zh', provision.title.zh),
    ...segmentEnglish(provision.text.en).map((segment) => passage('text', 'en', segment.text)),
    ...segmentChinese(provision.text.zh).map((segment) => passage('text', 'zh', segment.text)),
  ];
  // A document without a translation has empty English titles: nothing to find there.
  return passages.filter((held) => held.folded !== '');
}

/** The sentences of extra text on a provision (its tags and notes). */
export function extraPassages(extra: string): Passage[] {
  // Notes and tags mix languages freely, so each line is cut and attributed by its own script.
  return extra.split('\n').flatMap((line) => {
    const language: Language = containsHan(line) ? 'zh' : 'en';
    return (language === 'zh' ? segmentChinese(line) : segmentEnglish(line)).map((segment) => passage('extra', language, segment.text));
  });
}
