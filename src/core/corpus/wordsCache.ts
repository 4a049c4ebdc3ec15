import { CACHE_FOLDER } from '../documents/cache/documentCache';
import { contentHash } from '../lib/contentHash';
import { NotesFileSystem, joinPath, writeAtomically } from '../storage';

// What cuts the texts; a new jieba (its dictionary) or a change to how it is called must miss every entry.
const SEGMENTER = 'jieba-wasm 2.4.0, dictionary cut without HMM';
const ENTRIES_FOLDER = joinPath(CACHE_FOLDER, 'words');
const GITIGNORE = joinPath(CACHE_FOLDER, '.gitignore');
// Far above what the longest law makes (its cut is a few hundred KB).
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

interface WordsEntry {
  readonly key: string;
  readonly lengths: unknown;
}

/** The key of one document's cut: its texts, the user dictionary and the segmenter, hashed. */
export function cutKey(texts: readonly string[], dictionary: readonly string[]): string {
  const encoder = new TextEncoder();
  return contentHash([encoder.encode(SEGMENTER), encoder.encode(dictionary.join('\n')), ...texts.map((text) => encoder.encode(text))]);
}

/**
 * Each document's cut kept between sessions in `policy-documents/.cache/words/` (git-ignored, as
 * the parsed documents beside it), so that the words of a corpus cost a read the second time
 * instead of seconds of jieba. An entry holds the token lengths of the document's texts, trusted
 * only for the key it was made for; what `read` returns is still only a candidate, which the
 * caller checks against the texts (`tokensFromLengths`): a corrupt entry is cut again.
 */
export class WordsCache {
  constructor(private readonly fs: NotesFileSystem) {}

  async read(document: string, key: string, count: number): Promise<number[][] | undefined> {
    try {
      const bytes = await this.fs.readFile(entryPath(document), MAX_ENTRY_BYTES);
      if (!bytes) {
        return undefined;
      }
      const entry = JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Partial<WordsEntry> | null;
      const lengths = entry?.key === key ? entry.lengths : undefined;
      return Array.isArray(lengths) && lengths.length === count && lengths.every((cut) => Array.isArray(cut)) ? (lengths as number[][]) : undefined;
    } catch {
      // Unreadable, not JSON, refused (a link, a device): as if there were no entry.
      return undefined;
    }
  }

  async write(document: string, key: string, lengths: readonly (readonly number[])[]): Promise<void> {
    try {
      await this.fs.createExclusive(GITIGNORE, new TextEncoder().encode('# Policy Annotator: parsed documents and their words, rebuilt when missing.\n*\n'));
      await writeAtomically(this.fs, entryPath(document), new TextEncoder().encode(JSON.stringify({ key, lengths })));
    } catch {
      // A workspace that cannot be written (read-only, a virtual folder) simply has no cache.
    }
  }
}

function entryPath(document: string): string {
  return joinPath(ENTRIES_FOLDER, `${document}.json`);
}
