import { JsonSchema, validate } from '../../yaml';
import { Division, PolicyDocument, Provision } from '../../model';

/**
 * A parsed document as the cache stores it: the document as the parser made it, except that a
 * division lists its provisions by their positions in `provisions` instead of repeating them, which
 * halves the file and gives back, on reading, the one object per provision the parser shares
 * between the document and its divisions.
 */

type StoredDivision = Omit<Division, 'divisions' | 'provisions'> & { readonly divisions: readonly StoredDivision[]; readonly provisions: readonly number[] };
export type StoredDocument = Omit<PolicyDocument, 'parts'> & { readonly parts: readonly StoredDivision[] };

export function storedDocument(document: PolicyDocument): StoredDocument {
  const position = new Map(document.provisions.map((provision, index) => [provision, index]));
  const stored = (division: Division): StoredDivision => ({
    ...division,
    divisions: division.divisions.map(stored),
    // A division's provision is always one of the document's; -1 would fail the check on reading.
    provisions: division.provisions.map((provision) => position.get(provision) ?? -1),
  });
  return { ...document, parts: document.parts.map(stored) };
}

/** The document a stored value holds, or undefined when the value is not one (a corrupt or foreign file). */
export function documentOf(value: unknown): PolicyDocument | undefined {
  if (validate(STORED_DOCUMENT_SCHEMA, value).length > 0) {
    return undefined;
  }
  const stored = value as StoredDocument;
  const provisions = stored.provisions;
  const division = (storedDivision: StoredDivision): Division | undefined => {
    const divisions = storedDivision.divisions.map(division);
    const own = storedDivision.provisions.map((index) => provisions[index]);
    if (divisions.some((child) => child === undefined) || own.some((provision) => provision === undefined)) {
      return undefined;
    }
    return { ...storedDivision, divisions: divisions as Division[], provisions: own as Provision[] };
  };
  const parts = stored.parts.map(division);
  return parts.some((part) => part === undefined) ? undefined : { ...stored, parts: parts as Division[] };
}

const text: JsonSchema = { type: 'string' };
const bilingual: JsonSchema = { type: 'object', required: ['en', 'zh'], properties: { en: text, zh: text } };
const strings: JsonSchema = { type: 'array', items: text };
const number: JsonSchema = { type: 'number' };

/** What a stored document must be for `documentOf` to build one without a missing or mistyped member. */
const STORED_DOCUMENT_SCHEMA: JsonSchema = {
  definitions: {
    provision: {
      type: 'object',
      required: ['id', 'documentId', 'number', 'part', 'label', 'title', 'text'],
      properties: { id: text, documentId: text, number, part: number, division: text, label: bilingual, title: bilingual, text: bilingual },
    },
    division: {
      type: 'object',
      required: ['id', 'kind', 'number', 'numeral', 'title', 'text', 'divisions', 'provisions'],
      properties: {
        id: text,
        kind: { enum: ['book', 'subbook', 'chapter', 'section', 'part', 'supplementary'] },
        number,
        numeral: bilingual,
        title: bilingual,
        text: bilingual,
        divisions: { type: 'array', items: { $ref: '#/definitions/division' } },
        provisions: { type: 'array', items: { type: 'integer', minimum: 0 } },
      },
    },
  },
  type: 'object',
  required: ['id', 'title', 'shortTitle', 'issuers', 'date', 'translated', 'preamble', 'parts', 'provisions', 'unpaired'],
  properties: {
    id: text,
    title: bilingual,
    shortTitle: bilingual,
    issuers: { type: 'object', required: ['en', 'zh'], properties: { en: strings, zh: strings } },
    date: text,
    documentNumber: text,
    dates: { type: 'object', properties: { effective: text, amended: strings } },
    type: text,
    status: text,
    citationKey: text,
    revises: text,
    translated: { type: 'boolean' },
    translation: { type: 'object', required: ['translator', 'publisher'], properties: { translator: text, publisher: text, url: text } },
    preamble: bilingual,
    parts: { type: 'array', items: { $ref: '#/definitions/division' } },
    provisions: { type: 'array', items: { $ref: '#/definitions/provision' } },
    unpaired: { type: 'array', items: { type: 'object', required: ['text', 'after', 'line'], properties: { text, after: number, line: number } } },
  },
};
