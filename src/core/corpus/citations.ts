import { PolicyDocument, Provision, findProvision, insertedNumber, previousProvision } from '../model';
import { CHINESE_NUMERAL_CHARACTERS, parseChineseNumeral } from '../references/chineseNumerals';
import { versionDate } from '../versions/versionFamilies';
import { TitleResolver } from './titles';

/** A reference written in a provision's Chinese text, and what it names when the corpus has it. */
export interface Citation {
  /** Where it is written. */
  readonly from: { readonly document: string; readonly provision: number };
  /** UTF-16 offsets in the provision's Chinese text. */
  readonly start: number;
  readonly end: number;
  /** The reference as written: 《中华人民共和国网络安全法》第二十一条, 本法第十条, 前款. */
  readonly text: string;
  /** The document cited, when the corpus holds it. */
  readonly document?: string;
  /** The article cited, when the reference names one the document has. */
  readonly provision?: number;
}

const NUMERAL = `${CHINESE_NUMERAL_CHARACTERS}+`;
const ARTICLE = `第(${NUMERAL})条(?:之(${NUMERAL}))?(?:第${NUMERAL}款)?(?:第${NUMERAL}项)?`;
// A title in 《》, which may hold titles in 〈〉 (《关于修改〈中华人民共和国野生动物保护法〉的决定》).
const TITLE = '《((?:[^《》〈〉\\n]|〈[^《》〈〉\\n]*〉)+)》';
// What a document calls itself: 本法, 本条例, 本办法 …
const SELF = '本(?:法|条例|办法|规定|细则|决定|准则|规则|通知|意见)';
const REFERENCE = new RegExp(
  [`${TITLE}(?:${ARTICLE})?`, `${SELF}${ARTICLE}`, `(前(?:[一二三四五六七八九十两]+)?款)`, '(前条)'].map((branch) => `(?:${branch})`).join('|'),
  'gu',
);
const NESTED_TITLE = /〈([^〈〉]+)〉/gu;

/**
 * The references in a provision. A title is linked to the corpus document of that title or short
 * title (the version in force when the citing document was issued); 本法第十条 to the citing
 * document, 前款 to the provision itself and 前条 to the one before it. A title that names a
 * decision amending another law (《关于修改〈…〉的决定》) cites that law as well.
 */
export function citationsIn(document: PolicyDocument, provision: Provision, titles: TitleResolver): Citation[] {
  const from = { document: document.id, provision: provision.number };
  const text = provision.text.zh;
  const found: Citation[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [written, title, titledArticle, titledInsert, selfArticle, selfInsert, paragraph, previousArticle] = match;
    const at = { from, start: match.index, end: match.index + written.length, text: written };
    if (title !== undefined) {
      const cited = titles.resolve(title, versionDate(document));
      found.push({ ...at, ...target(cited, titledArticle, titledInsert) });
      for (const nested of title.matchAll(NESTED_TITLE)) {
        const start = match.index + 1 + nested.index;
        found.push({ from, start, end: start + nested[0].length, text: nested[0], ...target(titles.resolve(nested[1], versionDate(document)), undefined, undefined) });
      }
    } else if (selfArticle !== undefined) {
      found.push({ ...at, ...target(document, selfArticle, selfInsert) });
    } else if (paragraph !== undefined) {
      found.push({ ...at, document: document.id, provision: provision.number });
    } else if (previousArticle !== undefined) {
      const previous = previousProvision(document, provision.number);
      found.push({ ...at, document: document.id, ...(previous && { provision: previous.number }) });
    }
  }
  return found;
}

/** `article` and `insert` as written: 第一百二十条之一 is 一百二十 and 一. */
function target(document: PolicyDocument | undefined, article: string | undefined, insert: string | undefined): { document?: string; provision?: number } {
  if (!document) {
    return {};
  }
  const whole = article === undefined ? undefined : parseChineseNumeral(article);
  const inserted = insert === undefined ? 0 : parseChineseNumeral(insert);
  const number = whole === undefined || inserted === undefined ? undefined : insertedNumber(whole, inserted);
  return number !== undefined && findProvision(document, number) ? { document: document.id, provision: number } : { document: document.id };
}
