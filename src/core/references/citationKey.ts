import { PolicyDocument } from '../model';

/** Citation keys chosen by the writer (to match their BibTeX / CSL library), by document id. */
export type CitationKeys = Readonly<Record<string, string>>;

/**
 * "Mobile Internet Opinions" of 2017 → `mobileInternetOpinions2017`: the short title in lower
 * camel case, then the year. A document without an English title takes the words of its id
 * (`e-commerce-law-2018` → `eCommerceLaw2018`), whose year is then not written twice; an id ending
 * in its full date keeps the date, which tells apart texts of one kind and year
 * (`local-regulation-2017-08-31` → `localRegulation20170831`; a second of that day, `…-31-2`, is
 * `localRegulation20170831b`, as bibliographies letter works of one author and year).
 */
export function defaultCitationKey(document: PolicyDocument): string {
  const year = documentYear(document);
  const dated = /^(.+)-(\d{4})-(\d{2})-(\d{2})(?:-(\d+))?$/.exec(document.id);
  const english = document.shortTitle.en.match(/[A-Za-z0-9]+/g);
  const [words, suffix] = english
    ? [english, year]
    : dated && dated[2] === year
      ? [dated[1].split('-'), `${dated[2]}${dated[3]}${dated[4]}${sameDay(dated[5])}`]
      : [document.id.split('-').filter((word, index, all) => !(index === all.length - 1 && word === year)), year];
  const camel = words.map((word, index) =>
    index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1),
  );
  return camel.join('') + suffix;
}

/** The letter of the nth text of one day (2 → b), as ids count them (…-31-2); digits past z. */
function sameDay(count: string | undefined): string {
  const n = Number(count ?? 1);
  return n <= 1 ? '' : n <= 26 ? String.fromCharCode(96 + n) : `n${n}`;
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
