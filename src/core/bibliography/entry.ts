import { PolicyDocument } from '../model';
import { CitationKeys, citationKey } from '../references/citationKey';

/**
 * What a bibliography says about a document, whatever its format: the fields every format draws
 * on, decided once so that BibTeX, biblatex and CSL-JSON agree.
 */
export interface BibliographicFacts {
  /** The key the `pandoc` and `latex` reference formats cite the document by. */
  readonly key: string;
  readonly kind: 'legislation' | 'regulation';
  /** The title cited: the English one when the document has a translation, else the Chinese. */
  readonly title: string;
  /** The Chinese title when `title` is the English one. */
  readonly originalTitle?: string;
  readonly shortTitle: string;
  /** The issuing bodies, in the language of `title` when it has them, else in Chinese. */
  readonly issuers: readonly string[];
  /** ISO date of issue or adoption; '' when unknown. */
  readonly date: string;
  readonly documentNumber?: string;
  /** Translator and publisher of the English text, when known. */
  readonly translation?: string;
}

// 法 closes the title of a law (网络安全法, 个人信息保护法); 条例, 规定, 办法, 意见… are issued by the
// executive, which CSL calls a regulation.
const LAW_TITLE = /法(?:（[^）]*）)?$/;
const LAW_TYPE = /\blaw\b|法律/i;

export function bibliographicFacts(document: PolicyDocument, keys?: CitationKeys): BibliographicFacts {
  const english = document.translated && document.title.en !== '';
  const issuersEn = document.issuers.en.length > 0 ? document.issuers.en : undefined;
  const law = document.type !== undefined ? LAW_TYPE.test(document.type) : LAW_TITLE.test(document.title.zh);
  const credit = document.translation && [document.translation.translator, document.translation.publisher].filter(Boolean).join(', ');
  return {
    key: citationKey(document, keys),
    kind: law ? 'legislation' : 'regulation',
    title: english ? document.title.en : document.title.zh,
    ...(english && { originalTitle: document.title.zh }),
    shortTitle: english ? document.shortTitle.en : document.shortTitle.zh,
    issuers: (english && issuersEn) || document.issuers.zh,
    date: document.date,
    ...(document.documentNumber && { documentNumber: document.documentNumber }),
    ...(credit && { translation: credit }),
  };
}
