import { FileStamp, NotesFileSystem, joinPath, sameStamp } from '../../storage';
import { validate } from '../../yaml';
import { mapConcurrently } from '../../lib/mapConcurrently';
import { CONCURRENT_READS, readCatalog } from '../documentCatalog';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DOCUMENT_FORMAT, DOCUMENT_SCHEMA, DocumentRecord, recordOf } from '../documentFile';
import { CACHE_FOLDER, MAX_CACHE_FILE_BYTES, writeCacheFile } from './documentCache';

/**
 * The catalog as last read (`policy-documents/.cache/catalog.json`): every document.yaml's record
 * beside the size and time of the file it was read from. Listing a thousand documents then costs
 * one listing of the folder and one file, where reading each document.yaml costs a thousand reads
 * and YAML parses (seconds in the extension host). It is a snapshot, brought up to date by
 * `refreshCatalogSnapshot` (a stat per document.yaml, a read of the changed ones only); what a
 * document says when it is opened is always read from its own files.
 *
 * Like the parsed documents beside it, it is safe to delete (the next listing reads every
 * document.yaml and writes it again) and never trusted blindly: a file that is not JSON, not of
 * this format, or an entry whose record fails the schema of document.yaml, is ignored.
 */

const SNAPSHOT_PATH = joinPath(CACHE_FOLDER, 'catalog.json');
// The layout of the file; raise it when StoredEntry changes.
const SNAPSHOT_FORMAT = 1;

interface StoredEntry {
  /** document.yaml's size and time when it was read. */
  readonly stamp: FileStamp;
  /** The record as document.yaml holds it (DOCUMENT_FORMAT's plain form). */
  readonly document: unknown;
}

interface SnapshotEntry {
  readonly stamp: FileStamp;
  readonly record: DocumentRecord;
}

/**
 * The documents' records, in the order of their folders: from the snapshot for the folders it
 * knows, read for the others (all of them when there is no snapshot). Folders the snapshot names
 * that are gone are left out; a document.yaml changed since is seen by `refreshCatalogSnapshot`.
 */
export async function snapshotCatalog(fs: NotesFileSystem, reserved: ReadonlySet<string>): Promise<readonly DocumentRecord[]> {
  const [folders, stored] = await Promise.all([documentFolders(fs), readSnapshot(fs)]);
  const known = (id: string) => (reserved.has(id) ? undefined : stored.get(id)?.record);
  const missing = folders.filter((id) => known(id) === undefined);
  const read = new Map(missing.length > 0 ? (await readCatalog(fs, reserved, missing)).entries.map((entry) => [entry.record.id, entry.record]) : []);
  return folders.flatMap((id) => known(id) ?? read.get(id) ?? []);
}

/**
 * Brings the snapshot up to date with the documents folder: asks each document.yaml's size and
 * time, reads again those that changed and those the snapshot lacks, and writes the snapshot
 * when anything differs. Resolves with whether the records it lists changed (a document added,
 * removed or edited), so that the caller lists them again. A workspace that cannot be written keeps
 * no snapshot.
 */
export async function refreshCatalogSnapshot(fs: NotesFileSystem, reserved: ReadonlySet<string>): Promise<boolean> {
  const [folders, stored] = await Promise.all([documentFolders(fs), readSnapshot(fs)]);
  // Asked before reading, so that a file changed while it is read is read again next time.
  const stamps = await mapConcurrently(folders, CONCURRENT_READS, (id) => fs.stat(joinPath(DOCUMENTS_FOLDER, id, DOCUMENT_FILE)));
  const stale = folders.filter((id, index) => !sameStamp(stored.get(id)?.stamp, stamps[index]));
  const read = new Map(stale.length > 0 ? (await readCatalog(fs, reserved, stale)).entries.map((entry) => [entry.record.id, entry.record]) : []);
  const entries = new Map<string, SnapshotEntry>();
  folders.forEach((id, index) => {
    const stamp = stamps[index];
    const record = stale.includes(id) ? read.get(id) : stored.get(id)?.record;
    if (stamp && record) {
      entries.set(id, { stamp, record });
    }
  });
  const plain = (entry: SnapshotEntry | undefined) => (entry ? JSON.stringify(DOCUMENT_FORMAT.toPlain(entry.record)) : '');
  const listed = (map: ReadonlyMap<string, SnapshotEntry>) => [...map.keys()].filter((id) => !reserved.has(id)).join('\n');
  const recordsChanged = listed(entries) !== listed(stored) || stale.some((id) => plain(entries.get(id)) !== plain(stored.get(id)));
  if (recordsChanged || stale.length > 0 || entries.size !== stored.size) {
    const file = { format: SNAPSHOT_FORMAT, entries: [...entries.values()].map((entry): StoredEntry => ({ stamp: entry.stamp, document: DOCUMENT_FORMAT.toPlain(entry.record) })) };
    await writeCacheFile(fs, SNAPSHOT_PATH, new TextEncoder().encode(JSON.stringify(file))).catch(() => undefined);
  }
  return recordsChanged;
}

/** The names of the document folders, sorted as the catalog sorts them (the cache's dot folder is none). */
async function documentFolders(fs: NotesFileSystem): Promise<string[]> {
  return (await fs.readDirectory(DOCUMENTS_FOLDER))
    .filter(([name, type]) => type === 'directory' && !name.startsWith('.'))
    .map(([name]) => name)
    .sort();
}

/** The snapshot's sound entries by id; none when the file is missing, unreadable or not a snapshot. */
async function readSnapshot(fs: NotesFileSystem): Promise<ReadonlyMap<string, SnapshotEntry>> {
  let value: unknown;
  try {
    const bytes = await fs.readFile(SNAPSHOT_PATH, MAX_CACHE_FILE_BYTES);
    value = bytes ? JSON.parse(new TextDecoder('utf-8').decode(bytes)) : undefined;
  } catch {
    // Refused (a link, a device), too large or not JSON: as if there were none.
    return new Map();
  }
  const file = value as { format?: unknown; entries?: unknown } | null | undefined;
  if (file?.format !== SNAPSHOT_FORMAT || !Array.isArray(file.entries)) {
    return new Map();
  }
  const entries = new Map<string, SnapshotEntry>();
  for (const candidate of file.entries as unknown[]) {
    const entry = soundEntry(candidate);
    if (entry && !entries.has(entry.record.id)) {
      entries.set(entry.record.id, entry);
    }
  }
  return entries;
}

/** An entry whose stamp is two numbers and whose record meets the schema of document.yaml; else undefined. */
function soundEntry(candidate: unknown): SnapshotEntry | undefined {
  const entry = candidate as Partial<StoredEntry> | null;
  const stamp = entry?.stamp as Partial<FileStamp> | null | undefined;
  if (typeof stamp?.size !== 'number' || typeof stamp.mtime !== 'number' || validate(DOCUMENT_SCHEMA, entry?.document).length > 0) {
    return undefined;
  }
  return { stamp: { size: stamp.size, mtime: stamp.mtime }, record: recordOf(entry?.document) };
}
