import { FileRefused, joinPath, NotesFileSystem } from '../storage';
import { error, Problem, START_OF_FILE } from '../yaml';
import { PolicyDocument } from '../model';
import { EncodingError, decodeSource } from '../parse/decode';
import { parseDocument } from '../parse/parseDocument';
import { SourceFormatError } from '../parse/sourceFormatError';
import { DocumentCache, documentKey } from './cache/documentCache';
import { CONCURRENT_READS, CatalogEntry, DocumentProblem, readCatalog } from './documentCatalog';
import { mapConcurrently } from '../lib/mapConcurrently';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE } from './documentFile';

export type { DocumentProblem } from './documentCatalog';

export interface WorkspaceDocuments {
  /** In the order of their folders' names. */
  readonly documents: readonly PolicyDocument[];
  /** What kept a folder from being read as a document; the other documents still load. */
  readonly problems: readonly DocumentProblem[];
}

export interface LoadOptions {
  /** Where parsed documents are kept between sessions; without one, every text is parsed. */
  readonly cache?: DocumentCache;
  /** The ids of the documents wanted, when not all are: the others' folders are not read at all. */
  readonly only?: readonly string[];
}

/**
 * Reads every `policy-documents/<id>/document.yaml` (or those `only` names) and the sources it
 * names. A folder that cannot be read is reported, never fatal: one broken document must not hide
 * the others.
 */
export async function loadWorkspaceDocuments(fs: NotesFileSystem, reserved: ReadonlySet<string>, options: LoadOptions = {}): Promise<WorkspaceDocuments> {
  const catalog = await readCatalog(fs, reserved, options.only);
  const documents: PolicyDocument[] = [];
  const problems: DocumentProblem[] = [...catalog.problems];
  const loads = await mapConcurrently(catalog.entries, CONCURRENT_READS, (entry) => loadCatalogued(fs, entry, options.cache));
  for (const loaded of loads) {
    if ('document' in loaded) {
      documents.push(loaded.document);
    } else {
      problems.push(...loaded.problems);
    }
  }
  // In the order of the folders, as the documents are, whether the catalog or the text found them.
  const folderOf = (problem: DocumentProblem) => problem.path.split('/')[1] ?? '';
  problems.sort((a, b) => (folderOf(a) < folderOf(b) ? -1 : folderOf(a) > folderOf(b) ? 1 : 0));
  return { documents, problems };
}

/**
 * One document of the catalog: from the cache when it holds one made from these very bytes, else
 * decoded and parsed (and then kept in the cache).
 */
export async function loadCatalogued(fs: NotesFileSystem, entry: CatalogEntry, cache?: DocumentCache): Promise<{ document: PolicyDocument } | { problems: DocumentProblem[] }> {
  const { record } = entry;
  const folder = record.id;
  const at = (path: string, problem: Problem) => ({ problems: [{ ...problem, path }] });
  const sources: { chinese?: Uint8Array; english?: Uint8Array } = {};
  for (const role of ['chinese', 'english'] as const) {
    const name = record.files[role];
    if (name === undefined) {
      continue;
    }
    const path = joinPath(DOCUMENTS_FOLDER, folder, name);
    const source = await fs.readFile(path).catch((thrown: unknown) => {
      if (thrown instanceof FileRefused) {
        return thrown;
      }
      throw thrown;
    });
    if (source instanceof FileRefused) {
      return at(path, error(source.message, START_OF_FILE));
    }
    if (!source) {
      return at(joinPath(DOCUMENTS_FOLDER, folder, DOCUMENT_FILE), error(`the ${role} file "${name}" is missing`, START_OF_FILE));
    }
    sources[role] = source;
  }
  const key = documentKey([entry.yaml, sources.chinese ?? new Uint8Array(), ...(sources.english ? [sources.english] : [])]);
  const cached = await cache?.read(record.id, key);
  if (cached) {
    return { document: cached };
  }
  const texts: { chinese?: string; english?: string } = {};
  for (const role of ['chinese', 'english'] as const) {
    const source = sources[role];
    if (!source) {
      continue;
    }
    try {
      texts[role] = decodeSource(source).text;
    } catch (thrown) {
      if (thrown instanceof EncodingError) {
        return at(joinPath(DOCUMENTS_FOLDER, folder, record.files[role] ?? ''), error(thrown.message, START_OF_FILE));
      }
      throw thrown;
    }
  }
  try {
    const { document } = parseDocument({ id: record.id, chinese: texts.chinese ?? '', ...(texts.english !== undefined && { english: texts.english }), facts: record.facts });
    await cache?.write(record.id, key, document);
    return { document };
  } catch (thrown) {
    if (thrown instanceof SourceFormatError) {
      const name = thrown.file === 'english' ? record.files.english : record.files.chinese;
      return at(joinPath(DOCUMENTS_FOLDER, folder, name ?? ''), error(thrown.message.replace(/^line \d+: /, ''), { line: thrown.line, column: 1 }));
    }
    throw thrown;
  }
}
