import { PolicyDocument } from '../model';
import { CitationKeys } from '../references/citationKey';
import { bibtexEntry } from './bibtex';
import { cslJson } from './cslJson';

/** Bibliography entries for documents, in the formats reference managers read. Names are part of the CLI and the commands. */
export const BIBLIOGRAPHY_FORMATS = ['bibtex', 'biblatex', 'csl-json'] as const;

export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];

export function isBibliographyFormat(name: string): name is BibliographyFormat {
  return (BIBLIOGRAPHY_FORMATS as readonly string[]).includes(name);
}

/** The file name extension of an exported bibliography. */
export function bibliographyExtension(format: BibliographyFormat): 'bib' | 'json' {
  return format === 'csl-json' ? 'json' : 'bib';
}

/** The entries of the documents, in order: BibTeX entries separated by a blank line, or one CSL-JSON array. */
export function bibliography(documents: readonly PolicyDocument[], format: BibliographyFormat, keys?: CitationKeys): string {
  return format === 'csl-json' ? cslJson(documents, keys) : documents.map((document) => bibtexEntry(document, format, keys)).join('\n');
}
