import { PolicyDocument } from '../model';
import { CitationKeys } from '../references/citationKey';
import { BibliographicFacts, bibliographicFacts } from './entry';
import { texEscape } from '../lib/texEscape';

/**
 * - `bibtex`: classic BibTeX, which has no type for laws: `@misc`, the issuers as a corporate
 *   author, the Chinese title in `note`;
 * - `biblatex`: `@legislation` (biblatex's type for laws and regulations; its standard styles print it
 *   as `@misc`), with `date`, `number`, `organization`, `origtitle` and `language`.
 */
export type TexDialect = 'bibtex' | 'biblatex';

/** One entry, fields in a fixed order, closed by a line break; values escaped for TeX. */
export function bibtexEntry(document: PolicyDocument, dialect: TexDialect, keys?: CitationKeys): string {
  const facts = bibliographicFacts(document, keys);
  const fields = dialect === 'biblatex' ? biblatexFields(facts) : bibtexFields(facts);
  const type = dialect === 'biblatex' ? 'legislation' : 'misc';
  const lines = fields.filter(([, value]) => value !== undefined && value !== '').map(([name, value]) => `  ${name} = {${value}},`);
  return `@${type}{${facts.key},\n${lines.join('\n')}\n}\n`;
}

type Field = readonly [string, string | undefined];

/** Styles change the case of titles; braces keep a title as written ("People's Republic of China"). */
function title(text: string): string {
  return `{${texEscape(text)}}`;
}

/** Bodies are names of organisations, not people: each braced so that no style reads "State Council" as a first name and a surname. */
function bodies(issuers: readonly string[]): string | undefined {
  return issuers.length > 0 ? issuers.map((issuer) => `{${texEscape(issuer)}}`).join(' and ') : undefined;
}

function bibtexFields(facts: BibliographicFacts): Field[] {
  // Classic styles print the year of a @misc; the full date is biblatex's.
  const [year] = facts.date.split('-');
  const note = [facts.originalTitle, facts.documentNumber, facts.translation && `Translated by ${facts.translation}`].filter(Boolean).join('. ');
  return [
    ['author', bodies(facts.issuers)],
    ['title', title(facts.title)],
    ['year', year],
    ['number', facts.documentNumber && texEscape(facts.documentNumber)],
    ['note', note && texEscape(note)],
    ['language', 'Chinese'],
  ];
}

function biblatexFields(facts: BibliographicFacts): Field[] {
  return [
    ['title', title(facts.title)],
    ['shorttitle', title(facts.shortTitle)],
    ['origtitle', facts.originalTitle && title(facts.originalTitle)],
    ['organization', bodies(facts.issuers)],
    ['date', facts.date],
    ['number', facts.documentNumber && texEscape(facts.documentNumber)],
    ['language', 'Chinese'],
    ['note', facts.translation && texEscape(`Translated by ${facts.translation}`)],
  ];
}
