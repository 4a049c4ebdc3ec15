import { joinPath, NotesFileSystem, writeAtomically } from '../../storage';
import { contentHash } from '../../lib/contentHash';
import { PolicyDocument } from '../../model';
import { PARSER_VERSION } from '../../parse/parserVersion';
import { DOCUMENTS_FOLDER } from '../documentFile';
import { documentOf, storedDocument } from './cachedDocument';

/**
 * Parsed documents kept between sessions, so that opening a workspace of a thousand laws reads
 * what it needs instead of parsing every text again. It lives in `policy-documents/.cache/`, beside
 * the documents it is derived from: the command line and the editor share it (one warms it for the
 * other), it goes where the workspace goes, and deleting it only costs one parse per document. Its
 * own `.gitignore` keeps it out of the research's history.
 *
 * An entry is trusted only for the bytes it was made from: its key is a hash of the document's
 * document.yaml and sources and of the parser's version, so an edited source, a corrected fact or a
 * new parser each miss. What is read is checked as any file from outside: an entry that is not
 * JSON, not of this key or not a document in every member is ignored, and parsing writes it anew.
 */

export const CACHE_FOLDER = joinPath(DOCUMENTS_FOLDER, '.cache');
const ENTRIES_FOLDER = joinPath(CACHE_FOLDER, 'documents');
const GITIGNORE = joinPath(CACHE_FOLDER, '.gitignore');
// The layout of an entry; raise it when StoredDocument changes.
const ENTRY_FORMAT = 1;
// A file of the cache larger than this is not one this program wrote (the largest law makes a few MB).
export const MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024;

interface CacheEntry {
  readonly format: number;
  readonly key: string;
  readonly document: unknown;
}

/** The key of a document read from these bytes (document.yaml, then each source) by this parser. */
export function documentKey(files: readonly Uint8Array[]): string {
  return `${PARSER_VERSION}-${contentHash(files)}`;
}

export class DocumentCache {
  constructor(private readonly fs: NotesFileSystem) {}

  /** The document parsed from the bytes `key` was made of, or undefined when the cache has none that is sound. */
  async read(id: string, key: string): Promise<PolicyDocument | undefined> {
    try {
      const bytes = await this.fs.readFile(entryPath(id), MAX_CACHE_FILE_BYTES);
      if (!bytes) {
        return undefined;
      }
      const entry = JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Partial<CacheEntry> | null;
      if (entry?.format !== ENTRY_FORMAT || entry.key !== key) {
        return undefined;
      }
      const document = documentOf(entry.document);
      return document?.id === id ? document : undefined;
    } catch {
      // Unreadable, not JSON, refused (a link, a device): as if there were no entry.
      return undefined;
    }
  }

  /**
   * Keeps a parsed document. Written to a file of its own and moved into place, so that a reader
   * (the other program, at the same moment) sees the old entry or the new one, never half of one.
   * A workspace that cannot be written (read-only, a virtual folder) simply has no cache.
   */
  async write(id: string, key: string, document: PolicyDocument): Promise<void> {
    const entry: CacheEntry = { format: ENTRY_FORMAT, key, document: storedDocument(document) };
    try {
      await writeCacheFile(this.fs, entryPath(id), new TextEncoder().encode(JSON.stringify(entry)));
    } catch {
      // A workspace that cannot be written (read-only, a virtual folder) simply has no cache.
    }
  }
}

/**
 * Writes a file of the cache folder (which keeps itself out of git), atomically: a reader sees the
 * old file or the new one. Throws where the workspace cannot be written.
 */
export async function writeCacheFile(fs: NotesFileSystem, path: string, bytes: Uint8Array): Promise<void> {
  await fs.createExclusive(GITIGNORE, new TextEncoder().encode('# Policy Annotator: parsed documents, rebuilt when missing.\n*\n'));
  await writeAtomically(fs, path, bytes);
}

function entryPath(id: string): string {
  return joinPath(ENTRIES_FOLDER, `${id}.json`);
}
