import { NotesFileSystem, joinPath, writeUserFile } from '../storage';
import { DEFAULT_LIMITS, readYaml } from '../yaml';
import { ANNOTATION_ID } from '../annotations/model/ids';
import { DOCUMENT_ID } from '../documents/documentId';

/** Beside the codebook: `policy-notes/carried.yaml`. */
export const CARRIED_FILE = 'carried.yaml';
export const CARRIED_SCHEMA_URL = 'https://raw.githubusercontent.com/policy-annotator/policy-annotator/main/schemas/carried.schema.json';

/** The ids of the copies carry has made, by the document they were made on. */
export type CarriedCopies = ReadonlyMap<string, ReadonlySet<string>>;

export function carriedPath(notesFolder: string): string {
  return joinPath(notesFolder, CARRIED_FILE);
}

/**
 * What the record says; none when there is no record. A record that is not one (hand-edited into
 * something else) throws, naming the file: carrying without it would make again every copy a
 * coder deleted.
 */
export function parseCarried(bytes: Uint8Array | undefined, path: string): CarriedCopies {
  if (bytes === undefined) {
    return new Map();
  }
  const refuse = (why: string): never => {
    throw new Error(`${path} is not a record of carried notes (${why}): correct it, or remove it to forget what was carried`);
  };
  // Read as every file we keep is: limits, conflict markers and aliases included.
  const read = readYaml(bytes);
  if (!read.source) {
    return refuse(read.problems[0]?.message ?? 'not YAML');
  }
  const value = read.source.value;
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) {
    return refuse('version 1 expected');
  }
  const carried = (value as { carried?: unknown }).carried ?? {};
  if (typeof carried !== 'object' || carried === null || Array.isArray(carried)) {
    return refuse('carried: a map of documents expected');
  }
  const record = new Map<string, Set<string>>();
  for (const [document, ids] of Object.entries(carried)) {
    if (!DOCUMENT_ID.test(document) || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && ANNOTATION_ID.test(id))) {
      return refuse(`${document}: a list of annotation ids expected`);
    }
    record.set(document, new Set(ids as string[]));
  }
  return record;
}

/**
 * The record's text: documents and ids sorted, one id a line, so that the same copies give the same
 * bytes and two coders' carries merge in git line by line.
 */
export function carriedText(record: CarriedCopies): string {
  const lines = [
    "# Policy Annotator: the copies `carry` made of notes, by the document they were carried to.",
    '# A copy its coder has since deleted is not made again. Keep this file in git.',
    `# yaml-language-server: $schema=${CARRIED_SCHEMA_URL}`,
    '',
    'version: 1',
    'carried:',
  ];
  for (const document of [...record.keys()].sort()) {
    // A key that starts with a digit is quoted: YAML would read 2018-01-01 as a date.
    lines.push(`  ${/^[0-9]/.test(document) ? JSON.stringify(document) : document}:`, ...[...(record.get(document) ?? [])].sort().map((id) => `    - ${id}`));
  }
  return `${lines.join('\n')}\n`;
}

export async function readCarried(fs: NotesFileSystem, notesFolder: string): Promise<CarriedCopies> {
  const path = carriedPath(notesFolder);
  return parseCarried(await fs.readFile(path, DEFAULT_LIMITS.maxBytes), path);
}

/** Adds copies made on `document` to the record, merged with what it holds now (another carry may have written it). */
export async function rememberCarried(fs: NotesFileSystem, notesFolder: string, document: string, ids: readonly string[]): Promise<void> {
  const path = carriedPath(notesFolder);
  await writeUserFile(
    fs,
    path,
    (current) => {
      const record = new Map(parseCarried(current, path));
      const known = record.get(document) ?? new Set<string>();
      if (ids.every((id) => known.has(id))) {
        return undefined;
      }
      record.set(document, new Set([...known, ...ids]));
      return new TextEncoder().encode(carriedText(record));
    },
    DEFAULT_LIMITS.maxBytes,
  );
}
