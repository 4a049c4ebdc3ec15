import { Annotation } from '../../annotations/model/annotation';
import { ExportInput, currentAnchor, isExact } from './exportInput';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** `urn:policy-annotator:<document>:<provision>[:<language>]`: the provision's text, in one language or (without) in both. */
export function provisionIri(document: string, provision: number, language?: string): string {
  return `urn:policy-annotator:${document}:${provision}${language ? `:${language}` : ''}`;
}

export function annotationIri(id: string): string {
  return `urn:policy-annotator:annotation:${id}`;
}

/**
 * The annotations in the W3C Web Annotation Data Model, as JSON-LD: an AnnotationCollection whose
 * first (only) AnnotationPage holds every annotation. Each has a TextualBody for its note
 * (Markdown, purpose commenting) and one per tag (the tag id, purpose tagging); its target is
 * the provision's text in the span's language with a TextQuoteSelector (exact, prefix, suffix)
 * and a TextPositionSelector (UTF-16 code units, as the quote sits in the current text), or the
 * provision itself for a whole-provision annotation. A quote that is no longer exactly in the
 * text keeps only its TextQuoteSelector: a position would point at other words.
 */
export function jsonLdExport(input: ExportInput): string {
  return [...jsonLdChunks(input)].join('');
}

/**
 * The text of jsonLdExport in pieces, one annotation at a time, for a team's export (200 MiB for
 * 200,000 annotations) written as it is made rather than held whole. Each annotation is the text
 * JSON.stringify gives it inside the collection: its lines, indented to the depth of the list.
 */
export function* jsonLdChunks(input: ExportInput): Generator<string> {
  const collection = (items: readonly unknown[]) => ({
    '@context': ANNOTATION_CONTEXT,
    id: 'urn:policy-annotator:collection',
    type: 'AnnotationCollection',
    label: 'Policy Annotator annotations',
    total: input.annotations.length,
    first: { id: 'urn:policy-annotator:collection:page-1', type: 'AnnotationPage', startIndex: 0, items },
  });
  if (input.annotations.length === 0) {
    yield `${JSON.stringify(collection([]), null, 2)}\n`;
    return;
  }
  // The collection with one stand-in item, cut where the items go.
  const [head, tail] = JSON.stringify(collection([ITEM_SLOT]), null, 2).split(`${ITEM_INDENT}${JSON.stringify(ITEM_SLOT)}`);
  yield head;
  for (const [index, annotation] of input.annotations.entries()) {
    const item = JSON.stringify(webAnnotation(input, annotation), null, 2).replace(/^/gm, ITEM_INDENT);
    yield index === 0 ? item : `,\n${item}`;
  }
  yield `${tail}\n`;
}

// A string no annotation has, and the depth of the items in the collection (first.items[i]).
const ITEM_SLOT = '\u0000';
const ITEM_INDENT = ' '.repeat(6);

function webAnnotation(input: ExportInput, annotation: Annotation): Record<string, unknown> {
  const bodies = [
    ...(annotation.note !== undefined ? [{ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' }] : []),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note !== undefined ? 'commenting' : annotation.tags.length > 0 ? 'tagging' : 'highlighting',
    creator: { type: 'Person', name: annotation.author },
    created: annotation.created,
    modified: annotation.updated,
    ...(bodies.length > 0 && { body: bodies.length === 1 ? bodies[0] : bodies }),
    target: target(input, annotation),
  };
}

function target(input: ExportInput, annotation: Annotation): Record<string, unknown> | string {
  const span = annotation.span;
  if (!span) {
    return provisionIri(annotation.document, annotation.provision);
  }
  const anchor = currentAnchor(input.library, annotation);
  const quote = { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix };
  const position = anchor && isExact(anchor) ? [{ type: 'TextPositionSelector', start: anchor.start, end: anchor.end }] : [];
  return {
    source: provisionIri(annotation.document, annotation.provision, span.language),
    selector: position.length > 0 ? [quote, ...position] : quote,
  };
}
