import { segmentChinese, segmentEnglish } from '../align/segment';
import { Annotation } from '../annotations/model/annotation';
import { samePassage } from '../annotations/model/coding';
import { LANGUAGES, Language, PolicyDocument, findProvision } from '../model';
import { AutocodeQuery, TextRange } from './query';

/** What auto-coding codes around each match: the whole provision, the sentence, or the words matched. */
export type AutocodeScope = 'provision' | 'sentence' | 'match';

export const AUTOCODE_SCOPES: readonly AutocodeScope[] = ['provision', 'sentence', 'match'];

/** One match of the query in a provision's text. */
export interface AutocodeMatch {
  readonly language: Language;
  /** In the provision's text. */
  readonly range: TextRange;
  readonly words: string;
  /** The sentence (the unit the aligner pairs) that holds the match's start. */
  readonly sentence: TextRange & { readonly text: string };
}

/** A passage auto-coding will code, with the matches that led to it. */
export interface AutocodePassage {
  readonly document: string;
  readonly provision: number;
  /** Absent for the whole provision. */
  readonly span?: TextRange & { readonly language: Language; readonly exact: string };
  readonly matches: readonly AutocodeMatch[];
}

/** Every match in the document's provision texts, in one language or both, in document order. */
export function findMatches(document: PolicyDocument, query: AutocodeQuery, language?: Language): { readonly provision: number; readonly match: AutocodeMatch }[] {
  const languages = language ? [language] : LANGUAGES;
  return document.provisions.flatMap((provision) =>
    languages.flatMap((lang) => {
      const text = provision.text[lang];
      const sentences = lang === 'zh' ? segmentChinese(text) : segmentEnglish(text);
      return sentences.flatMap((sentence) =>
        query.find(sentence.text).map((found) => {
          const range = { start: sentence.start + found.start, end: sentence.start + found.end };
          return { provision: provision.number, match: { language: lang, range, words: text.slice(range.start, range.end), sentence } };
        }),
      );
    }),
  );
}

/** The passages to code for the matches in a document, each once, in document order. */
export function autocodePassages(document: PolicyDocument, query: AutocodeQuery, scope: AutocodeScope, language?: Language): AutocodePassage[] {
  const passages = new Map<string, { passage: AutocodePassage; matches: AutocodeMatch[] }>();
  for (const { provision, match } of findMatches(document, query, language)) {
    const range = scope === 'sentence' ? match.sentence : scope === 'match' ? match.range : undefined;
    const text = findProvision(document, provision)?.text[match.language] ?? '';
    const span = range && { language: match.language, start: range.start, end: range.end, exact: text.slice(range.start, range.end) };
    const key = span ? `${provision}:${span.language}:${span.start}:${span.end}` : `${provision}`;
    const entry = passages.get(key) ?? { passage: { document: document.id, provision, ...(span && { span }), matches: [] }, matches: [] };
    entry.matches.push(match);
    passages.set(key, entry);
  }
  return [...passages.values()].map(({ passage, matches }) => ({ ...passage, matches }));
}

/** What coding a passage would do to the coder's annotations now. */
export type PassageStatus = 'new' | 'adds tags' | 'coded';

export function passageStatus(passage: AutocodePassage, own: readonly Annotation[], tags: readonly string[]): PassageStatus {
  const existing = own.find((annotation) => annotation.document === passage.document && samePassage(annotation, passage));
  return !existing ? 'new' : tags.every((tag) => existing.tags.includes(tag)) ? 'coded' : 'adds tags';
}
