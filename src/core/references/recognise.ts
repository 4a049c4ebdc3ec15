import { Library } from '../library';
import { PolicyDocument, findProvision, insertedNumber } from '../model';
import { parseChineseNumeral } from './chineseNumerals';
import { CitationKeys } from './citationKey';
import { CitationStyle, citationStyle } from './citationStyle';
import { ReferenceFormat } from './formats';
import { longestNonOverlapping } from './overlaps';
import { GroupReading, normaliseSpacing, placeholderValues, templatePattern } from './pattern';
import { CompiledTemplate } from './template';

/** A reference found in a draft. */
export interface FoundReference {
  /** UTF-16 offsets of the whole reference (link, brackets and all): text.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly documentId: string;
  readonly number: number;
  /** The name of the format it is written in. */
  readonly format: string;
  /** False for a reference to a provision the document does not have (¶25): the caller flags it. */
  readonly exists: boolean;
}

/** Finds the references written in one format; build once per library and set of formats. */
export interface ReferenceMatcher {
  readonly format: string;
  matches(text: string): FoundReference[];
}

/**
 * One matcher per format, two for a format that cites articles (laws) otherwise than paragraphs,
 * each matching references to its own documents only. A match counts only if all its parts agree: every number in it
 * (¶15 and 第十五条 in the bilingual form) is the same, and there is a document (the first in
 * library order) that every title, key or link in it belongs to. Titles and parts must be those
 * of the provision numbered, when the document has it. A format that names no document
 * (`¶{number}`) refers to the library's default document.
 */
export function buildMatchers(library: Library, formats: readonly ReferenceFormat[], citationKeys?: CitationKeys): ReferenceMatcher[] {
  const values = placeholderValues(library, citationKeys);
  const documentIds = library.documents.map((document) => document.id);
  const citedBy = (style: CitationStyle) => library.documents.filter((document) => citationStyle(document) === style);
  return formats.flatMap((format) => {
    if (!format.articles) {
      return [matcher(format.name, format.template, library.documents)];
    }
    const [paragraphs, articles] = [citedBy('paragraph'), citedBy('article')];
    return [
      ...(paragraphs.length > 0 ? [matcher(format.name, format.template, paragraphs)] : []),
      ...(articles.length > 0 ? [matcher(format.name, format.articles, articles)] : []),
    ];
  });

  /** A format's template, matched only as a reference to these documents (those it is written for). */
  function matcher(name: string, template: CompiledTemplate, documents: readonly PolicyDocument[]): ReferenceMatcher {
    const pattern = templatePattern(template, values, documentIds);
    const regex = new RegExp(pattern.source, 'g');
    return {
      format: name,
      matches(text: string): FoundReference[] {
        const found: FoundReference[] = [];
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match; match = regex.exec(text)) {
          const identified = identify(match, pattern.groups, documents);
          if (identified) {
            found.push({ start: match.index, end: match.index + match[0].length, format: name, ...identified });
          } else {
            // A shorter reference may start inside a rejected match.
            regex.lastIndex = match.index + 1;
          }
        }
        return found;
      },
    };
  }
}

/** Every reference in the text in any of the formats, in text order, one per stretch of text (the longest). */
export function findReferences(text: string, matchers: readonly ReferenceMatcher[]): FoundReference[] {
  return longestNonOverlapping(matchers.flatMap((matcher) => matcher.matches(text)));
}

type Identified = Pick<FoundReference, 'documentId' | 'number' | 'exists'>;

function identify(match: RegExpExecArray, groups: readonly GroupReading[], documents: readonly PolicyDocument[]): Identified | undefined {
  let number: number | undefined;
  for (const [index, group] of groups.entries()) {
    if (group.kind === 'number') {
      // 第一百二十条之一: the 之一 is read with the numeral before it.
      const inserted = groups[index + 1]?.kind === 'insert' ? match[index + 2] : undefined;
      const article = group.read(match[index + 1]);
      const read = article === undefined || inserted === undefined ? article : insertedNumber(article, parseChineseNumeral(inserted) ?? 0);
      if (read === undefined || (number !== undefined && read !== number)) {
        return undefined;
      }
      number = read;
    }
  }
  // compileTemplate lets no template without a number through; this only tells the compiler.
  if (number === undefined) {
    return undefined;
  }
  const document = documents.find((candidate) =>
    groups.every((group, index) => belongs(group, match[index + 1], candidate, number)),
  );
  return document && { documentId: document.id, number, exists: findProvision(document, number) !== undefined };
}

function belongs(group: GroupReading, text: string, document: PolicyDocument, number: number): boolean {
  if (group.kind === 'number' || group.kind === 'insert') {
    return true;
  }
  const owners = group.owners.get(normaliseSpacing(text));
  if (group.kind === 'document') {
    return owners?.has(document.id) ?? false;
  }
  const provision = findProvision(document, number);
  return provision === undefined || (owners?.has(provision.id) ?? false);
}
