import { PolicyDocument, articleOf, insertOf, numberKey } from '../model';
import { toChineseNumeral } from './chineseNumerals';

/**
 * How a document's provisions are cited. Laws and regulations number articles (第二十一条), which
 * English cites "Art. 21"; policy documents number paragraphs (the Opinions' 15.), cited "¶15".
 * Chinese cites both 第…条.
 */
export type CitationStyle = 'article' | 'paragraph';

const ARTICLE_LABEL = /^第.+条/;

const styles = new WeakMap<PolicyDocument, CitationStyle>();

/** Decided from the text: a document whose provisions the original labels 第X条 is cited by article. */
export function citationStyle(document: PolicyDocument): CitationStyle {
  let style = styles.get(document);
  if (style === undefined) {
    const labelled = document.provisions.filter((provision) => provision.label.zh !== '');
    style = labelled.length > 0 && labelled.every((provision) => ARTICLE_LABEL.test(provision.label.zh)) ? 'article' : 'paragraph';
    styles.set(document, style);
  }
  return style;
}

/** How a short label points at a provision of the document: "¶15" in the Opinions, "Art. 21" in a law; 第二十一条 in Chinese. */
export function pinpoint(document: PolicyDocument, number: number, language: 'en' | 'zh' = 'en'): string {
  if (language === 'zh') {
    const insert = insertOf(number);
    return `第${toChineseNumeral(articleOf(number))}条${insert > 0 ? `之${toChineseNumeral(insert)}` : ''}`;
  }
  return citationStyle(document) === 'article' ? `Art. ${numberKey(number)}` : `¶${numberKey(number)}`;
}

/** The provision as a caption names it: "Mobile Internet Opinions ¶15", "Cybersecurity Law, Art. 21", "网络安全法第二十一条". */
export function provisionName(document: PolicyDocument, number: number, language: 'en' | 'zh'): string {
  if (language === 'zh') {
    return `${document.shortTitle.zh}${pinpoint(document, number, 'zh')}`;
  }
  const separator = citationStyle(document) === 'article' ? ', ' : ' ';
  return `${document.shortTitle.en}${separator}${pinpoint(document, number)}`;
}
