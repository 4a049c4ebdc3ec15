import { Bilingual, Language } from '../model';

/** What a provision needs for comparison: the model's `Provision` is one. */
export interface ComparableProvision {
  readonly number: number;
  /** A heading, where provisions have one (the Opinions' do, articles of a law do not). */
  readonly title?: Partial<Bilingual>;
  readonly text: Partial<Bilingual>;
}

/** The heading and the text in one language, as the reader sees them. */
export function contentOf(provision: ComparableProvision, language: Language): string {
  const title = provision.title?.[language] ?? '';
  const text = provision.text[language] ?? '';
  return title === '' ? text : `${title}\n${text}`;
}

/** The text without white space: a line broken elsewhere is not a change. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** The same text in every language both versions have (white space aside). */
export function sameText(a: ComparableProvision, b: ComparableProvision): boolean {
  return (['zh', 'en'] as const).every((language) => {
    const left = squeeze(contentOf(a, language));
    const right = squeeze(contentOf(b, language));
    return left === '' || right === '' || left === right;
  });
}

/** Chinese, the original, when both versions have Chinese text; else English. */
export function matchingLanguage(before: readonly ComparableProvision[], after: readonly ComparableProvision[]): Language {
  const has = (provisions: readonly ComparableProvision[]) => provisions.some((provision) => squeeze(provision.text.zh ?? '') !== '');
  return has(before) && has(after) ? 'zh' : 'en';
}
