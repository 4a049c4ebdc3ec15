import { joinPath, NotesFileSystem, writeUserFile } from '../storage';
import { DEFAULT_LIMITS, saveFile } from '../yaml';
import { DocumentFacts } from '../parse/parseDocument';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DOCUMENT_FORMAT, loadDocumentFile } from './documentFile';
import { localized } from '../l10n/localized';

/** The attributes every document has without being told, derived from its facts. */
export const DERIVED_ATTRIBUTES: readonly string[] = ['year', 'type', 'status', 'issuer'];

/** A name the user may give an attribute: letters (any script), digits, dashes and underscores. */
const ATTRIBUTE_NAME = /^[\p{L}\p{N}_-]+$/u;

/** An attribute's name: letters, digits, dashes and underscores (the commands' grouping and axes take them too). */
export function isAttributeName(name: string): boolean {
  return ATTRIBUTE_NAME.test(name);
}

/**
 * What attributes are made of: a parsed document has it, and so has document.yaml's record alone
 * (its facts), which is what the Provisions view groups by without parsing a text.
 */
export type AttributeFacts = Pick<DocumentFacts, 'date' | 'type' | 'status' | 'issuers' | 'attributes'>;

/**
 * Every attribute of a document, each with its values: the derived ones (year from the date of
 * issue, type, status, every issuer in Chinese or else in English) and then the user's, which win
 * over a derived one of the same name. A document with two issuers is under each of them.
 */
export function documentAttributes(document: AttributeFacts): ReadonlyMap<string, readonly string[]> {
  const attributes = new Map<string, readonly string[]>();
  const year = /^\d{4}/.exec(document.date ?? '')?.[0];
  const issuers = document.issuers?.zh?.length ? document.issuers.zh : (document.issuers?.en ?? []);
  const derived: [string, readonly string[]][] = [
    ['year', year ? [year] : []],
    ['type', document.type ? [document.type] : []],
    ['status', document.status ? [document.status] : []],
    ['issuer', issuers],
  ];
  for (const [name, values] of derived) {
    if (values.length > 0) {
      attributes.set(name, values);
    }
  }
  for (const [name, value] of Object.entries(document.attributes ?? {})) {
    attributes.set(name, [value]);
  }
  return attributes;
}

export class AttributeError extends Error {
  constructor(
    message: string,
    /** The 0-based position of the assignment at fault among those given. */
    readonly index: number,
  ) {
    super(message);
  }
}

/**
 * `level=national region=上海 field=` as a map: an empty value removes the attribute. Names are
 * checked, so that what is written is what the schema accepts.
 */
export function parseAttributeAssignments(assignments: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  assignments.forEach((assignment, index) => {
    const equals = assignment.indexOf('=');
    if (equals < 0) {
      throw new AttributeError(localized('attribute.notAssignment', assignment), index);
    }
    const name = assignment.slice(0, equals).trim();
    if (!isAttributeName(name)) {
      throw new AttributeError(localized('attribute.badName', name), index);
    }
    result.set(name, assignment.slice(equals + 1).trim());
  });
  return result;
}

/**
 * Sets (or, with an empty value, removes) attributes in `policy-documents/<id>/document.yaml`,
 * through the same careful save as the notes: the file is rewritten in place, its comments and
 * layout kept, and a file with errors is refused rather than overwritten. The one function that
 * writes attributes, so that it can follow the storage layer when that changes. Names are kept
 * sorted, so that two coders adding attributes write the same bytes.
 * Returns the attributes the file holds afterwards.
 */
export async function writeDocumentAttributes(fs: NotesFileSystem, id: string, changes: ReadonlyMap<string, string>): Promise<Readonly<Record<string, string>>> {
  const path = joinPath(DOCUMENTS_FOLDER, id, DOCUMENT_FILE);
  let attributes: Readonly<Record<string, string>> = {};
  // Made from the file as it is under its lock, so that an edit made meanwhile (another window, a
  // second command) is kept beside these changes.
  await writeUserFile(
    fs,
    path,
    (bytes) => {
      if (!bytes) {
        throw new Error(`${id} has no ${path}: only the documents of the workspace have attributes`);
      }
      const previous = loadDocumentFile(bytes);
      const record = previous.content;
      if (!record) {
        throw new Error(`${path} cannot be read: ${previous.problems.map((problem) => problem.message).join('; ')}`);
      }
      attributes = withChanges(record.facts.attributes ?? {}, changes);
      const saved = saveFile(DOCUMENT_FORMAT, previous, { ...record, facts: { ...record.facts, attributes } });
      if (saved.status === 'refused') {
        throw new Error(`${path} was not written: ${saved.reason}`);
      }
      return saved.status === 'changed' ? new TextEncoder().encode(saved.source.text) : undefined;
    },
    DEFAULT_LIMITS.maxBytes,
  );
  return attributes;
}

/** The attributes with the changes made (an empty value removes one), names sorted. */
function withChanges(current: Readonly<Record<string, string>>, changes: ReadonlyMap<string, string>): Record<string, string> {
  const merged = new Map(Object.entries(current));
  for (const [name, value] of changes) {
    if (value === '') {
      merged.delete(name);
    } else {
      merged.set(name, value);
    }
  }
  return Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
