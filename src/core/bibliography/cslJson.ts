import { PolicyDocument } from '../model';
import { CitationKeys } from '../references/citationKey';
import { bibliographicFacts } from './entry';

/** A CSL-JSON item (the input of citeproc, Pandoc and Zotero) for a law or regulation. */
export interface CslItem {
  readonly id: string;
  readonly type: 'legislation' | 'regulation';
  readonly title: string;
  readonly 'title-short': string;
  readonly 'original-title'?: string;
  /** The issuing bodies: CSL's issuer of a legal text. */
  readonly authority?: string;
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly number?: string;
  readonly language: 'zh-CN';
  readonly note?: string;
}

export function cslItem(document: PolicyDocument, keys?: CitationKeys): CslItem {
  const facts = bibliographicFacts(document, keys);
  const parts = facts.date === '' ? [] : facts.date.split('-').map(Number);
  return {
    id: facts.key,
    type: facts.kind,
    title: facts.title,
    'title-short': facts.shortTitle,
    ...(facts.originalTitle && { 'original-title': facts.originalTitle }),
    ...(facts.issuers.length > 0 && { authority: facts.issuers.join(', ') }),
    ...(parts.length > 0 && { issued: { 'date-parts': [parts] } }),
    ...(facts.documentNumber && { number: facts.documentNumber }),
    language: 'zh-CN',
    ...(facts.translation && { note: `Translated by ${facts.translation}` }),
  };
}

/** A CSL-JSON file: an array of items, two-space indented, closed by a line break. */
export function cslJson(documents: readonly PolicyDocument[], keys?: CitationKeys): string {
  return `${JSON.stringify(documents.map((document) => cslItem(document, keys)), null, 2)}\n`;
}
