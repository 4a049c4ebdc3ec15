import documentSchemaJson from '../../../schemas/document.schema.json';
import { checkSchema, FileFormat, JsonSchema, LoadedFile, locatorOf, PlainObject, readYaml } from '../yaml';
import { DocumentFacts } from '../parse/parseDocument';

/**
 * `policy-documents/<id>/document.yaml`: which files beside it are the document, and the facts
 * about it that the user sets or corrects. Written when a document is added, with what the parser
 * found, so that a person sees every fact and can change it; read on every load.
 */

export const DOCUMENT_SCHEMA: JsonSchema = documentSchemaJson;
export const DOCUMENT_SCHEMA_URL: string = documentSchemaJson.$id;

/** Where documents live in a workspace, committed with the research. */
export const DOCUMENTS_FOLDER = 'policy-documents';
export const DOCUMENT_FILE = 'document.yaml';

// The members of the file that are not facts about the document.
const RECORD_KEYS: ReadonlySet<string> = new Set(['version', 'id', 'files']);

export interface DocumentFiles {
  /** The text the parser reads: the source as given, or the text extracted from `original`. */
  readonly chinese: string;
  readonly english?: string;
  /** The file as it was added (a .docx, a .pdf, a web page), kept byte for byte when its text was extracted. */
  readonly original?: string;
  /** SHA-1 of the file as it was added (`original`, else `chinese`): adding the same file again finds this document. */
  readonly sha1?: string;
}

export interface DocumentRecord {
  readonly id: string;
  readonly files: DocumentFiles;
  readonly facts: DocumentFacts;
}

export const DOCUMENT_FORMAT: FileFormat<DocumentRecord> = {
  header: [
    'Policy Annotator document: the source files beside this file, and the facts about them.',
    'Correct any fact here: it wins over what is read from the text. Never change the id: notes and references use it.',
    `yaml-language-server: $schema=${DOCUMENT_SCHEMA_URL}`,
  ],
  toPlain: ({ id, files, facts }) => {
    const plain: Record<string, PlainObject[string]> = {
      version: 1,
      id,
      files: {
        chinese: files.chinese,
        ...(files.english !== undefined && { english: files.english }),
        ...(files.original !== undefined && { original: files.original }),
        ...(files.sha1 !== undefined && { sha1: files.sha1 }),
      },
      ...(facts.title && { title: bilingual(facts.title) }),
      ...(facts.shortTitle && { shortTitle: bilingual(facts.shortTitle) }),
      ...(facts.issuers && {
        issuers: { ...(facts.issuers.en?.length && { en: [...facts.issuers.en] }), ...(facts.issuers.zh?.length && { zh: [...facts.issuers.zh] }) },
      }),
      ...(facts.documentNumber && { documentNumber: facts.documentNumber }),
      ...(facts.date && { date: facts.date }),
      ...(facts.dates && {
        dates: { ...(facts.dates.effective && { effective: facts.dates.effective }), ...(facts.dates.amended?.length && { amended: [...facts.dates.amended] }) },
      }),
      ...(facts.type && { type: facts.type }),
      ...(facts.status && { status: facts.status }),
      ...(facts.revises && { revises: facts.revises }),
      ...(facts.citationKey && { citationKey: facts.citationKey }),
      ...(facts.translation && {
        translation: { translator: facts.translation.translator, publisher: facts.translation.publisher, ...(facts.translation.url && { url: facts.translation.url }) },
      }),
      ...(facts.attributes && Object.keys(facts.attributes).length > 0 && { attributes: { ...facts.attributes } }),
    };
    return plain;
  },
};

function bilingual(value: { readonly en?: string; readonly zh?: string }): PlainObject {
  return { ...(value.en !== undefined && { en: value.en }), ...(value.zh !== undefined && { zh: value.zh }) };
}

/** Reads document.yaml, saying what is wrong with it, where; never throws. */
export function loadDocumentFile(bytes: Uint8Array): LoadedFile<DocumentRecord> {
  const read = readYaml(bytes);
  const source = read.source;
  if (!source) {
    return { problems: read.problems };
  }
  const check = checkSchema(source.value, locatorOf(source), DOCUMENT_SCHEMA, '', 'document');
  const problems = [...read.problems, ...check.problems];
  if (check.problems.length > 0) {
    return { source, problems };
  }
  return { source, content: recordOf(source.value), problems };
}

/** The record a value that meets DOCUMENT_SCHEMA holds (the file's members as they are, the facts apart). */
export function recordOf(checked: unknown): DocumentRecord {
  const value = checked as { readonly id: string; readonly files: DocumentRecord['files'] } & Record<string, unknown>;
  const facts = Object.fromEntries(Object.entries(value).filter(([key]) => !RECORD_KEYS.has(key))) as DocumentFacts;
  return { id: value.id, files: value.files, facts };
}
