import { PolicyDocument } from '../model';

/** Citation keys chosen by the writer (to match their BibTeX / CSL library), by document id. */
export type CitationKeys = Readonly<Record<string, string>>;

/**
 * "Mobile Internet Opinions" of 2017 → `mobileInternetOpinions2017`: the short title in lower
 * camel case, then the year. A document without an English title takes the words of its id
 * (`e-commerce-law-2018` → `eCommerceLaw2018`), whose year is then not written twice.
 */
export function defaultCitationKey(document: PolicyDocument): string {
  const year = documentYear(document);
  const words = document.shortTitle.en.match(/[A-Za-z0-9]+/g) ?? document.id.split('-').filter((word, index, all) => !(index === all.length - 1 && word === year));
  const camel = words.map((word, index) =>
    index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
  );
  return camel.join('') + year;
}

/**
 * The key a document is cited by, the same in every reference format (`pandoc`, `latex`) and in its
 * bibliography entry: the writer's (the setting), else document.yaml's `citationKey`, else the default.
 */
export function citationKey(document: PolicyDocument, keys: CitationKeys = {}): string {
  return Object.hasOwn(keys, document.id) ? keys[document.id] : (document.citationKey ?? defaultCitationKey(document));
}

/** The year of issue, from the ISO date. */
export function documentYear(document: PolicyDocument): string {
  return document.date.slice(0, 4);
}
