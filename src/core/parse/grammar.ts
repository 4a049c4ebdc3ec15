import { DivisionKind, Language, insertedNumber } from '../model';
import { parseChineseNumber, parseEnglishNumber, parseRoman } from './numbers';

/**
 * What a line of a policy or legal text can be, as each language writes it. A line is read the
 * same way whatever the document; which of its readings counts (is `一、` a part or a provision?)
 * is decided for the whole document by `structure.ts`.
 */
export type LineToken =
  /** 编 / 章 / 节 and their English names. */
  | { readonly kind: 'division'; readonly division: DivisionKind; readonly number: number; readonly label: string; readonly rest: string }
  /** 第X条 / Article X. */
  | { readonly kind: 'article'; readonly number: number; readonly label: string; readonly rest: string; readonly spaced: boolean }
  /** 一、 / I. — a heading over paragraphs, or an item that is a provision. */
  | { readonly kind: 'heading'; readonly number: number; readonly label: string; readonly rest: string }
  /** 1. / 1． — a numbered paragraph. */
  | { readonly kind: 'numbered'; readonly number: number; readonly label: string; readonly rest: string }
  /** 序言 / Preamble. */
  | { readonly kind: 'preamble' }
  /** 附则 / Supplementary Provisions, standing alone. */
  | { readonly kind: 'supplementary'; readonly label: string }
  | { readonly kind: 'text' };

const TEXT: LineToken = { kind: 'text' };

// Headings are short and end without a sentence's full stop.
const MAX_HEADING = { zh: 60, en: 160 };
const ENDS_SENTENCE = { zh: /[。；;]$/, en: /[.;]$/ };

const ZH_NUMBER = '[零〇一二两三四五六七八九十百千\\d０-９]+';
const ZH_DIVISION = new RegExp(`^(第(${ZH_NUMBER})(分编|编|章|节))[\\s]*(.*)$`);
const ZH_DIVISION_KINDS: Readonly<Record<string, DivisionKind>> = { 编: 'book', 分编: 'subbook', 章: 'chapter', 节: 'section' };
// 第一百二十条之一: an article an amendment inserted after 第一百二十条.
const ZH_ARTICLE = new RegExp(`^(第(${ZH_NUMBER})条(?:之([一二三四五六七八九十]+))?)(\\s*)(.*)$`);
const ZH_HEADING = /^([一二三四五六七八九十百]+)、\s*(.*)$/;
const ZH_NUMBERED = /^(\d+)[.．、](?!\d)\s*(.*)$/;
const ZH_PREAMBLE = /^序\s*言$/;
const ZH_SUPPLEMENTARY = /^附\s*则$/;

const EN_DIVISION = /^((Part|Book|Sub-?part|Sub-?book|Chapter|Section)\s+([IVXLCDM]+|\d+|[A-Za-z]+(?:[- ][A-Za-z]+)?))\b[.:]?\s*(.*)$/i;
const EN_DIVISION_KINDS: Readonly<Record<string, DivisionKind>> = {
  part: 'book',
  book: 'book',
  subpart: 'subbook',
  'sub-part': 'subbook',
  subbook: 'subbook',
  'sub-book': 'subbook',
  chapter: 'chapter',
  section: 'section',
};
// "Article 120-1": an inserted article as translations number it.
const EN_ARTICLE = /^(Article\s+(\d+|[IVXLC]+)(?:-(\d{1,3}))?)\b(\s*[.:]?\s*)(.*)$/i;
const EN_HEADING = /^([IVXLC]+)[.,、]\s+(.*)$/;
const EN_NUMBERED = /^(\d+)[.,]\s+(.*)$/;
const EN_PREAMBLE = /^Preamble$/i;
const EN_SUPPLEMENTARY = /^Supplementary (?:Provisions|Articles|Rules)$/i;

/** `marked`: the source marks the line as a heading (Markdown `###`), which a stray full stop does not undo. */
export function readLine(text: string, language: Language, marked = false): LineToken {
  return language === 'zh' ? readChinese(text, marked) : readEnglish(text, marked);
}

function looksLikeHeading(text: string, language: Language, marked: boolean): boolean {
  return text.length <= MAX_HEADING[language] && (marked || !ENDS_SENTENCE[language].test(text));
}

function readChinese(text: string, marked: boolean): LineToken {
  if (ZH_PREAMBLE.test(text)) {
    return { kind: 'preamble' };
  }
  if (ZH_SUPPLEMENTARY.test(text)) {
    return { kind: 'supplementary', label: text };
  }
  const division = ZH_DIVISION.exec(text);
  const divisionNumber = division && parseChineseNumber(division[2]);
  if (division && divisionNumber && looksLikeHeading(text, 'zh', marked)) {
    return { kind: 'division', division: ZH_DIVISION_KINDS[division[3]], number: divisionNumber, label: division[1], rest: division[4] };
  }
  const article = ZH_ARTICLE.exec(text);
  const articleNumber = article && parseChineseNumber(article[2]);
  if (article && articleNumber) {
    const number = insertedNumber(articleNumber, article[3] ? (parseChineseNumber(article[3]) ?? 0) : 0);
    return { kind: 'article', number, label: article[1], rest: article[5], spaced: article[4] !== '' || article[5] === '' };
  }
  const heading = ZH_HEADING.exec(text);
  const headingNumber = heading && parseChineseNumber(heading[1]);
  if (heading && headingNumber) {
    return { kind: 'heading', number: headingNumber, label: `${heading[1]}、`, rest: heading[2] };
  }
  const numbered = ZH_NUMBERED.exec(text);
  if (numbered) {
    return { kind: 'numbered', number: Number(numbered[1]), label: text.slice(0, text.length - numbered[2].length).trimEnd(), rest: numbered[2] };
  }
  return TEXT;
}

function readEnglish(text: string, marked: boolean): LineToken {
  if (EN_PREAMBLE.test(text)) {
    return { kind: 'preamble' };
  }
  if (EN_SUPPLEMENTARY.test(text)) {
    return { kind: 'supplementary', label: text };
  }
  const division = EN_DIVISION.exec(text);
  const divisionNumber = division && parseEnglishNumber(division[3]);
  if (division && divisionNumber && looksLikeHeading(text, 'en', marked)) {
    const kind = EN_DIVISION_KINDS[division[2].toLowerCase()];
    return { kind: 'division', division: kind, number: divisionNumber, label: division[1], rest: division[4] };
  }
  const article = EN_ARTICLE.exec(text);
  const articleNumber = article && parseEnglishNumber(article[2]);
  if (article && articleNumber) {
    return { kind: 'article', number: insertedNumber(articleNumber, Number(article[3] ?? 0)), label: article[1], rest: article[5], spaced: true };
  }
  const heading = EN_HEADING.exec(text);
  const headingNumber = heading && parseRoman(heading[1]);
  if (heading && headingNumber) {
    return { kind: 'heading', number: headingNumber, label: text.slice(0, text.length - heading[2].length).trimEnd(), rest: heading[2] };
  }
  const numbered = EN_NUMBERED.exec(text);
  if (numbered) {
    return { kind: 'numbered', number: Number(numbered[1]), label: text.slice(0, text.length - numbered[2].length).trimEnd(), rest: numbered[2] };
  }
  return TEXT;
}
