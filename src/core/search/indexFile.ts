import { NotesFileSystem, joinPath } from '../storage';
import { CACHE_FOLDER, writeCacheFile } from '../documents/cache/documentCache';
import { StoredLists } from './postingLists';
import { MalformedSections, ORDER_MARK, SectionReader, SectionWriter } from './indexSections';
import { SearchIndex, StoredDocument, StoredIndex } from './searchIndex';
import { decodeTexts, encodeTexts } from './textColumn';

/**
 * The search index kept between sessions (`policy-documents/.cache/search-index.bin`), so that the
 * first search of a window reads one file instead of every document of the library and indexing
 * them again. Each document in it carries the `searchKey` of what was indexed: whoever reads the
 * library later indexes again only the documents whose key differs, and writes the file anew.
 *
 * Like the other files of the cache it is safe to delete and never trusted blindly: a file that is
 * not of this format, cut short, or whose tables fail their checks (a number out of range, a
 * sentence of no provision) is ignored, and the index built again.
 */

const INDEX_PATH = joinPath(CACHE_FOLDER, 'search-index.bin');
const MAGIC = 'policy-annotator search index';
// Raise it when the layout changes, or what is indexed of a text (passages.ts, fold.ts, the segmenter).
const INDEX_FORMAT = 1;
// Far more than an index of ten thousand laws; a larger file is not one this program wrote.
const MAX_INDEX_BYTES = 1024 * 1024 * 1024;

/** The index kept in the workspace, or undefined when there is none that is sound. */
export async function readIndexFile(fs: NotesFileSystem): Promise<SearchIndex | undefined> {
  try {
    const bytes = await fs.readFile(INDEX_PATH, MAX_INDEX_BYTES);
    return bytes && decodeIndex(bytes);
  } catch {
    // Refused (a link, a device) or too large: as if there were none.
    return undefined;
  }
}

/** Keeps the index in the workspace (atomically). Throws where the workspace cannot be written. */
export async function writeIndexFile(fs: NotesFileSystem, index: SearchIndex): Promise<void> {
  await writeCacheFile(fs, INDEX_PATH, encodeIndex(index));
}

export function encodeIndex(index: SearchIndex): Uint8Array {
  const stored = index.stored();
  const writer = new SectionWriter();
  writer.json({ magic: MAGIC, format: INDEX_FORMAT });
  writer.int32(Int32Array.of(ORDER_MARK));
  writer.json({ documents: stored.documents, nextRank: stored.nextRank });
  writer.float64(stored.numbers);
  writer.texts(encodeTexts(stored.titles));
  writer.texts(encodeTexts(stored.extraTexts));
  const { passages, vocabulary } = stored;
  writer.uint8(passages.live);
  writer.int32(passages.provisionOf);
  writer.uint8(passages.kinds);
  writer.texts(passages.texts);
  writer.texts(passages.folded);
  writeLists(writer, passages.lists);
  writer.int32(passages.unitLists);
  writer.int32(passages.pairLists);
  writer.texts(encodeTexts(vocabulary.words));
  writer.int32(vocabulary.wordLists);
  writeLists(writer, vocabulary.lists);
  return writer.bytes();
}

/** The index the bytes hold, or undefined when they are not a sound index file of this format. */
export function decodeIndex(bytes: Uint8Array): SearchIndex | undefined {
  try {
    const reader = new SectionReader(bytes);
    const head = reader.json() as { magic?: unknown; format?: unknown } | null;
    if (head?.magic !== MAGIC || head.format !== INDEX_FORMAT || reader.int32()[0] !== ORDER_MARK) {
      return undefined;
    }
    const meta = reader.json() as { documents?: unknown; nextRank?: unknown } | null;
    const documents = Array.isArray(meta?.documents) ? (meta.documents as unknown[]) : undefined;
    if (!documents?.every(soundDocument) || typeof meta?.nextRank !== 'number') {
      return undefined;
    }
    const numbers = reader.float64();
    const titles = decodeTexts(reader.texts());
    const extraTexts = decodeTexts(reader.texts());
    const passages = {
      live: reader.uint8(),
      provisionOf: reader.int32(),
      kinds: reader.uint8(),
      texts: reader.texts(),
      folded: reader.texts(),
      lists: readLists(reader),
      unitLists: reader.int32(),
      pairLists: reader.int32(),
    };
    const words = decodeTexts(reader.texts());
    const vocabulary = words && { words, wordLists: reader.int32(), lists: readLists(reader) };
    if (!titles || !extraTexts || !vocabulary || !reader.done) {
      return undefined;
    }
    const stored: StoredIndex = { documents, nextRank: meta.nextRank, numbers, titles, extraTexts, passages, vocabulary };
    return SearchIndex.restore(stored);
  } catch (thrown) {
    if (thrown instanceof MalformedSections) {
      return undefined;
    }
    throw thrown;
  }
}

function writeLists(writer: SectionWriter, lists: StoredLists): void {
  writer.int32(lists.counts);
  writer.int32(lists.lists);
  writer.int32(lists.starts);
  writer.uint8(lists.bytes);
}

function readLists(reader: SectionReader): StoredLists {
  return { counts: reader.int32(), lists: reader.int32(), starts: reader.int32(), bytes: reader.uint8() };
}

/** A document's entry with each member of its type (`SearchIndex.restore` checks the numbers' ranges). */
function soundDocument(value: unknown): value is StoredDocument {
  const entry = value as Partial<Record<keyof StoredDocument, unknown>> | null;
  const pair = (ids: unknown) => Array.isArray(ids) && ids.length === 2 && ids.every((id) => typeof id === 'number');
  return (
    typeof entry?.id === 'string' &&
    typeof entry.key === 'string' &&
    ['rank', 'firstSlot', 'provisions'].every((member) => typeof entry[member as keyof StoredDocument] === 'number') &&
    pair(entry.ownIds) &&
    pair(entry.extraIds)
  );
}
