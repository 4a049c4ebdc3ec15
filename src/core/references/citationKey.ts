import { PolicyDocument } from '../model';

/** Citation keys chosen by the writer (to match their BibTeX / CSL library), by document id. */
export type CitationKeys = Readonly<Record<string, string>>;

/** "Mobile Internet Opinions" of 2017 → `mobileInternetOpinions2017`: the short title in lower camel case, then the year. */
export function defaultCitationKey(document: PolicyDocument): string {
  const words = document.shortTitle.en.match(/[A-Za-z0-9]+/g) ?? document.id.split('-');
  const camel = words.map((word, index) =>
    index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
  );
  return camel.join('') + documentYear(document);
}

export function citationKey(document: PolicyDocument, keys: CitationKeys = {}): string {
  return Object.hasOwn(keys, document.id) ? keys[document.id] : defaultCitationKey(document);
}

/** The year of issue, from the ISO date. */
export function documentYear(document: PolicyDocument): string {
  return document.date.slice(0, 4);
}
