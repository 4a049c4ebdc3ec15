import { Annotation } from '../annotations/model/annotation';
import { DERIVED_ATTRIBUTES, documentAttributes } from '../documents/documentAttributes';
import { Library } from '../library';
import { PolicyDocument } from '../model';
import { localized } from '../l10n/localized';

/** What a query or a matrix looks at: every part given narrows it; none given is everything. */
export interface Restriction {
  /** Document ids. */
  readonly documents?: readonly string[];
  /** Attribute name and value pairs a document must all have (year=2021, level=national). */
  readonly where?: readonly (readonly [string, string])[];
  /** Coders, by name. */
  readonly authors?: readonly string[];
  /** Annotations last changed on or after this ISO date (YYYY-MM-DD). */
  readonly from?: string;
  /** … and on or before this one. */
  readonly to?: string;
}

/** A name the user gave that the workspace does not know: a document, an attribute, a tag. */
export class UnknownNameError extends Error {}

/** The documents a restriction keeps, in the library's order; unknown ids and attributes are errors. */
export function selectedDocuments(library: Library, restriction: Restriction): PolicyDocument[] {
  for (const id of restriction.documents ?? []) {
    if (!library.document(id)) {
      throw new UnknownNameError(localized('query.noDocument', id));
    }
  }
  const wanted = restriction.documents && new Set(restriction.documents);
  const candidates = library.documents.filter((document) => !wanted || wanted.has(document.id));
  const where = restriction.where ?? [];
  for (const [name] of where) {
    checkAttribute(library.documents, name);
  }
  return candidates.filter((document) => {
    const attributes = documentAttributes(document);
    return where.every(([name, value]) => attributes.get(name)?.includes(value) ?? false);
  });
}

/** An attribute is known when it is derived or some document has it. */
export function checkAttribute(documents: readonly PolicyDocument[], name: string): void {
  if (!DERIVED_ATTRIBUTES.includes(name) && !documents.some((document) => document.attributes?.[name] !== undefined)) {
    throw new UnknownNameError(localized('query.noAttribute', name, knownAttributes(documents).join(', ')));
  }
}

export function knownAttributes(documents: readonly PolicyDocument[]): string[] {
  const names = new Set(DERIVED_ATTRIBUTES);
  documents.forEach((document) => Object.keys(document.attributes ?? {}).forEach((name) => names.add(name)));
  return [...names];
}

/** The annotations a restriction keeps, given the documents it keeps. */
export function restrictAnnotations(annotations: readonly Annotation[], documents: readonly PolicyDocument[], restriction: Restriction): Annotation[] {
  const ids = new Set(documents.map((document) => document.id));
  const authors = restriction.authors && new Set(restriction.authors);
  const { from, to } = restriction;
  const dated = from !== undefined || to !== undefined;
  return annotations.filter((annotation) => {
    if (!ids.has(annotation.document) || (authors && !authors.has(annotation.author))) {
      return false;
    }
    const day = dated ? annotation.updated.slice(0, 10) : '';
    return (from === undefined || day >= from) && (to === undefined || day <= to);
  });
}
