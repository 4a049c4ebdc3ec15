import { FileRefused, joinPath, NotesFileSystem } from '../storage';
import { error, Problem, START_OF_FILE } from '../yaml';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DocumentRecord, loadDocumentFile } from './documentFile';
import { DOCUMENT_ID } from './documentId';
import { mapConcurrently } from '../lib/mapConcurrently';

/** Files read at once while loading a library: enough to hide each read's round trip, few enough to open. */
export const CONCURRENT_READS = 64;

/** A problem in one file of the documents folder; `path` is relative to the workspace. */
export interface DocumentProblem extends Problem {
  readonly path: string;
}

/** A document of the workspace as its document.yaml describes it, before any text is read. */
export interface CatalogEntry {
  readonly record: DocumentRecord;
  /** document.yaml as read: its facts go into the parsed document, so its bytes are part of the cache key. */
  readonly yaml: Uint8Array;
}

export interface DocumentCatalog {
  /** In the order of their folders' names. */
  readonly entries: readonly CatalogEntry[];
  /** What kept a folder from being read as a document; the others are still listed. */
  readonly problems: readonly DocumentProblem[];
}

/**
 * The workspace's documents from their `policy-documents/<id>/document.yaml` alone (ids, titles,
 * types, dates: what a list of documents shows), so that listing a library of a thousand laws
 * reads a thousand small files and parses no text. `only` names the folders to read, when the
 * caller knows which documents it needs; a named folder that does not exist is simply absent.
 * Folders whose names start with a dot (the cache) are not documents.
 */
export async function readCatalog(fs: NotesFileSystem, reserved: ReadonlySet<string>, only?: readonly string[]): Promise<DocumentCatalog> {
  // A name that is not an id (from a typed reference or a URI) names no folder: it is not read.
  const folders = only?.filter((id) => DOCUMENT_ID.test(id)) ?? (await fs.readDirectory(DOCUMENTS_FOLDER)).filter(([name, type]) => type === 'directory' && !name.startsWith('.')).map(([name]) => name).sort();
  const entries: CatalogEntry[] = [];
  const problems: DocumentProblem[] = [];
  const reads = await mapConcurrently(folders, CONCURRENT_READS, (folder) => readEntry(fs, folder, reserved, only !== undefined));
  for (const read of reads) {
    if ('record' in read) {
      entries.push(read);
    } else if (only === undefined || read.folderExists) {
      problems.push(...read.problems);
    }
  }
  return { entries, problems };
}

/** `named`: the folder was named rather than listed, so it may not exist (then it is not reported). */
async function readEntry(fs: NotesFileSystem, folder: string, reserved: ReadonlySet<string>, named: boolean): Promise<CatalogEntry | { problems: DocumentProblem[]; folderExists: boolean }> {
  const yamlPath = joinPath(DOCUMENTS_FOLDER, folder, DOCUMENT_FILE);
  const refused = (problem: Problem) => ({ problems: [{ ...problem, path: yamlPath }], folderExists: true });
  let yaml: Uint8Array | undefined;
  try {
    yaml = await fs.readFile(yamlPath);
  } catch (thrown) {
    // A folder, a link out of the workspace, a device: this document is not read; the others are.
    if (thrown instanceof FileRefused) {
      return refused(error(thrown.message, START_OF_FILE));
    }
    throw thrown;
  }
  if (!yaml) {
    const folderExists = !named || (await fs.readDirectory(joinPath(DOCUMENTS_FOLDER, folder))).length > 0;
    return { ...refused(error(`the folder has no ${DOCUMENT_FILE}, so it is not read as a document`, START_OF_FILE)), folderExists };
  }
  const file = loadDocumentFile(yaml);
  if (!file.content) {
    return { problems: file.problems.map((problem) => ({ ...problem, path: yamlPath })), folderExists: true };
  }
  const record = file.content;
  if (record.id !== folder) {
    return refused(error(`the id "${record.id}" is not the folder's name "${folder}"`, START_OF_FILE));
  }
  if (reserved.has(record.id)) {
    return refused(error(`the id "${record.id}" is a document Policy Annotator ships; rename the folder and the id`, START_OF_FILE));
  }
  return { record, yaml };
}
