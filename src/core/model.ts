/**
 * The bilingual document model. Everything the extension, the command line and the sidecars say
 * about a document (the embedded Opinions or a law a user adds) is expressed in these types.
 *
 * Ids are part of the file format (notes and references store them), so they follow a fixed scheme
 * that never depends on titles or on the order of parsing:
 * - document: a slug chosen once, e.g. `mobile-internet-opinions-2017`, `e-commerce-law-2018`;
 * - division: `<document>/<kind>-<n>`, nested divisions under their parent's id
 *   (`<document>/chapter-2/section-1`), n being the number the Chinese original writes;
 * - provision: `<document>#<n>` with n the article (条) or paragraph number of the Chinese original,
 *   which is also the form researchers cite ("Art. 21", "第二十一条", "¶15"); an inserted article
 *   (第一百二十条之一) is `<document>#120-1`, cited "Art. 120-1".
 */

export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** The same thing said in English and in Chinese. */
export interface Bilingual<T = string> {
  readonly en: T;
  readonly zh: T;
}

/**
 * What a division is called: 编 book, 分编 sub-book, 章 chapter, 节 section; `part` is a heading
 * numbered 一、 over numbered paragraphs (as in the Opinions) or over articles; 附则 without a
 * number is `supplementary`; 附件 / 附表 after the last provision is an `appendix`, its text the
 * division's.
 */
export type DivisionKind = 'book' | 'subbook' | 'chapter' | 'section' | 'part' | 'supplementary' | 'appendix';

export interface Provision {
  /** `<document>#<number>`; stable for the life of the document. */
  readonly id: string;
  readonly documentId: string;
  /**
   * As numbered in the Chinese original (第三十八条 → 38, 4. → 4, 四、 → 4). An inserted article
   * (第一百二十条之一) is numbered between its article and the next (see `insertedNumber`), so that
   * whatever is keyed or ordered by number (notes, search hits, versions) holds it apart.
   */
  readonly number: number;
  /** The ordinal (1-based) of the top-level division that holds this provision; 0 outside any. */
  readonly part: number;
  /** The id of the innermost division holding this provision, if any. */
  readonly division?: string;
  /** The number as each language writes it ("第三十八条" / "Article 38", "4." / "4,"); '' when absent. */
  readonly label: Bilingual;
  /** A heading sentence some documents give their paragraphs ("Importance and urgency" / "重要性和紧迫性"); '' when none. */
  readonly title: Bilingual;
  /** The provision's body, verbatim, its paragraphs (款) separated by '\n'; English '' when untranslated. */
  readonly text: Bilingual;
}

export interface Division {
  /** `<document>/<kind>-<number>`, under the parent's id when nested. */
  readonly id: string;
  readonly kind: DivisionKind;
  /** As numbered in the Chinese original, within its parent; 0 for an unnumbered 附则. */
  readonly number: number;
  /** The number as written: "I" / "一", "Chapter III" / "第三章"; '' when absent. */
  readonly numeral: Bilingual;
  readonly title: Bilingual;
  /** Text between the heading and the first provision or nested division, verbatim; usually ''. */
  readonly text: Bilingual;
  /** Nested divisions (sections inside a chapter), in order. */
  readonly divisions: readonly Division[];
  /** Every provision inside this division, nested ones included, in order. */
  readonly provisions: readonly Provision[];
}

/** A top-level division; the Opinions call theirs parts. */
export type Part = Division;

export interface TranslationCredit {
  readonly translator: string;
  readonly publisher: string;
  readonly url?: string;
}

/** A provision of the translation that no provision of the original could be paired with; shown, never dropped. */
export interface UnpairedTranslation {
  /** The English as written, label included. */
  readonly text: string;
  /** The number of the Chinese provision it follows (0: before the first). */
  readonly after: number;
  /** 1-based line in the English source. */
  readonly line: number;
}

export interface PolicyDocument {
  readonly id: string;
  readonly title: Bilingual;
  /** The short name writers use when citing ("Mobile Internet Opinions" / "移动互联网意见"). */
  readonly shortTitle: Bilingual;
  readonly issuers: Bilingual<readonly string[]>;
  /** ISO date of issue or adoption (YYYY-MM-DD); '' when unknown. */
  readonly date: string;
  /** 文号, e.g. 国发〔2017〕40号. */
  readonly documentNumber?: string;
  /** Other dates the text states (effective, amended), ISO. */
  readonly dates?: { readonly effective?: string; readonly amended?: readonly string[] };
  /** Law, administrative regulation, opinions, notice…: free text the user may set. */
  readonly type?: string;
  /** In force, amended, repealed…: free text the user may set. */
  readonly status?: string;
  /** The key bibliographies use; derived from the short title and year when absent. */
  readonly citationKey?: string;
  /** The id of the document this one is a revision of (the 2022 text of a law revises its 2018 text). */
  readonly revises?: string;
  /** What the researcher says about it beyond the facts (level: national, region: 上海), keyed by name; see documentAttributes. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Whether the document has an English side at all. */
  readonly translated: boolean;
  readonly translation?: TranslationCredit;
  /** The text before the first division or provision, verbatim. */
  readonly preamble: Bilingual;
  /** The top-level divisions (parts, books or chapters), in order; empty when the text has none. */
  readonly parts: readonly Division[];
  /** All provisions in order of the original, numbered as it numbers them. */
  readonly provisions: readonly Provision[];
  /** Translated provisions that could not be paired with the original. */
  readonly unpaired: readonly UnpairedTranslation[];
}

export function provisionId(documentId: string, number: number): string {
  return `${documentId}#${numberKey(number)}`;
}

/**
 * Amendments insert articles without renumbering the law: 第一百二十条之一 … 之六 come between
 * 第一百二十条 and 第一百二十一条. Such an article is numbered `article + insert / 1000`: it
 * sorts where the law puts it, and every existing number (and so every existing id) is unchanged.
 */
const INSERT_SCALE = 1000;

export function insertedNumber(article: number, insert: number): number {
  return insert > 0 && insert < INSERT_SCALE ? article + insert / INSERT_SCALE : article;
}

/** The article an inserted article follows (120 for 第一百二十条之一); the number itself otherwise. */
export function articleOf(number: number): number {
  return Math.floor(number);
}

/** 1 for 第一百二十条之一, 0 for an article that was not inserted. */
export function insertOf(number: number): number {
  return Math.round((number - Math.floor(number)) * INSERT_SCALE);
}

/** The number as ids, sidecars and the command line write it: "120", "120-1". */
export function numberKey(number: number): string {
  const insert = insertOf(number);
  return insert === 0 ? String(articleOf(number)) : `${articleOf(number)}-${insert}`;
}

/**
 * The number as the notes and every JSON output write it: a whole article stays a number (120),
 * an inserted article is written as it is cited ("120-1"), never as the model's 120.001.
 */
export function provisionValue(number: number): number | string {
  return insertOf(number) === 0 ? number : numberKey(number);
}

/**
 * The numbers a document's provisions run through, "1–24": its first and last, not a count, which
 * inserted (120-1) and repealed articles would make wrong.
 */
export function provisionRange(document: PolicyDocument): string {
  const { provisions } = document;
  return provisions.length === 0 ? '' : `${numberKey(provisions[0].number)}–${numberKey(provisions[provisions.length - 1].number)}`;
}

/** "120" → 120, "120-1" → the number of 第一百二十条之一; undefined for anything else. */
export function parseNumberKey(text: string): number | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,3}))?$/.exec(text.trim());
  return match ? insertedNumber(Number(match[1]), Number(match[2] ?? 0)) : undefined;
}

/** A number a provision can have: a whole article, or one inserted after it. */
export function isProvisionNumber(number: number): boolean {
  return Number.isFinite(number) && number >= 0 && insertedNumber(articleOf(number), insertOf(number)) === number;
}

/** The Opinions' parts: `<document>/part-<n>`. */
export function partId(documentId: string, number: number): string {
  return divisionId(documentId, 'part', number);
}

export function divisionId(parentId: string, kind: DivisionKind, number: number): string {
  return kind === 'supplementary' ? `${parentId}/supplementary` : `${parentId}/${kind}-${number}`;
}

const numberIndexes = new WeakMap<readonly Numbered[], ReadonlyMap<number, Numbered>>();

interface Numbered {
  readonly number: number;
}

/**
 * The item numbered `number` in a list in document order (provisions, their renderings): at its
 * position when the numbering runs 1, 2, 3 …, else looked up, since documents skip numbers (a
 * repealed article) and insert them (第一百二十条之一 shifts every later article by one).
 */
export function byNumber<T extends Numbered>(items: readonly T[], number: number): T | undefined {
  const byPosition = items[number - 1];
  if (byPosition?.number === number) {
    return byPosition;
  }
  let index = numberIndexes.get(items);
  if (!index) {
    index = new Map(items.map((item) => [item.number, item]));
    numberIndexes.set(items, index);
  }
  return index.get(number) as T | undefined;
}

/** The provision numbered `number`. */
export function findProvision(document: PolicyDocument, number: number): Provision | undefined {
  return isProvisionNumber(number) ? byNumber(document.provisions, number) : undefined;
}

/** The provision before the one numbered `number` in the document's order (前条); undefined for the first. */
export function previousProvision(document: PolicyDocument, number: number): Provision | undefined {
  const provision = findProvision(document, number);
  return provision && document.provisions[document.provisions.indexOf(provision) - 1];
}

/** Every division of the document, parents before their children. */
export function allDivisions(document: PolicyDocument): Division[] {
  const found: Division[] = [];
  const visit = (divisions: readonly Division[]): void => {
    for (const division of divisions) {
      found.push(division);
      visit(division.divisions);
    }
  };
  visit(document.parts);
  return found;
}

export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'zh' : 'en';
}
