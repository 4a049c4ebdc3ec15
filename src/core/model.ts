/**
 * The bilingual document model. Everything the extension, the command line and the
 * sidecars say about the Opinions is expressed in these types.
 *
 * Ids are part of the file format (notes and references store them), so they follow a
 * fixed scheme that never depends on titles or on the order of parsing:
 * - document: a slug chosen once, e.g. `mobile-internet-opinions-2017`;
 * - part: `<document>/part-<n>` with n = 1..6 (I..VI / 一..六);
 * - provision: `<document>#<n>` with n the provision's number in the Chinese original (1..24),
 *   which is also the form researchers cite ("¶15", "第十五条").
 */

export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** The same thing said in English and in Chinese. */
export interface Bilingual<T = string> {
  readonly en: T;
  readonly zh: T;
}

export interface Provision {
  /** `<document>#<number>`; stable for the life of the document. */
  readonly id: string;
  readonly documentId: string;
  /** 1-based, continuous across parts, as numbered in the Chinese original. */
  readonly number: number;
  /** The number of the part that holds this provision (1-based). */
  readonly part: number;
  /** The heading sentence ("Importance and urgency" / "重要性和紧迫性"), without its full stop. */
  readonly title: Bilingual;
  /** The provision's body, verbatim from the source, after the title's full stop. */
  readonly text: Bilingual;
}

export interface Part {
  /** `<document>/part-<number>`. */
  readonly id: string;
  readonly number: number;
  /** "I" … "VI" and "一" … "六". */
  readonly numeral: Bilingual;
  readonly title: Bilingual;
  readonly provisions: readonly Provision[];
}

export interface TranslationCredit {
  readonly translator: string;
  readonly publisher: string;
  readonly url?: string;
}

export interface PolicyDocument {
  readonly id: string;
  readonly title: Bilingual;
  /** The short name writers use when citing ("Mobile Internet Opinions" / "移动互联网意见"). */
  readonly shortTitle: Bilingual;
  readonly issuers: Bilingual<readonly string[]>;
  /** ISO date of issue (YYYY-MM-DD). */
  readonly date: string;
  readonly translation: TranslationCredit;
  /** The text before part I, verbatim. */
  readonly preamble: Bilingual;
  readonly parts: readonly Part[];
  /** All provisions in order; `provisions[n - 1].number === n`. */
  readonly provisions: readonly Provision[];
}

export function provisionId(documentId: string, number: number): string {
  return `${documentId}#${number}`;
}

export function partId(documentId: string, number: number): string {
  return `${documentId}/part-${number}`;
}

export function findProvision(document: PolicyDocument, number: number): Provision | undefined {
  return Number.isInteger(number) ? document.provisions[number - 1] : undefined;
}

export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'zh' : 'en';
}
