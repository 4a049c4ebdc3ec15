import { CACHE_FOLDER } from '../documents/cache/documentCache';
import { NotesFileSystem, joinPath, writeAtomically } from '../storage';
import { WordTally, isWordTally } from './wordTally';

const ENTRIES_FOLDER = joinPath(CACHE_FOLDER, 'words');
const GITIGNORE = joinPath(CACHE_FOLDER, '.gitignore');
// Far above what the longest law makes (its tally is tens of KB).
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

/** A document's tally as kept, with the key of the texts it counts. */
export interface KeptTally {
  readonly key: string;
  readonly tally: WordTally;
}

/**
 * Each document's tally kept between sessions in `policy-documents/.cache/words/` (git-ignored, as
 * the parsed documents beside it), so that the words of a corpus cost a read the second time
 * instead of seconds of jieba. An entry holds the tally and the key (`tallyKey`) of the texts it
 * counts; what `read` returns is only a candidate, sound in form, which the counter takes only when
 * the document's texts have that key now: anything else is counted again and rewritten.
 */
export class WordsCache {
  // The cache folder's .gitignore, made (when missing) once for all the entries this cache writes: checking it
  // before each entry was a fifth of the file operations of counting a corpus.
  private ignoring: Promise<boolean> | undefined;

  constructor(private readonly fs: NotesFileSystem) {}

  async read(document: string): Promise<KeptTally | undefined> {
    try {
      const bytes = await this.fs.readFile(entryPath(document), MAX_ENTRY_BYTES);
      if (!bytes) {
        return undefined;
      }
      const entry = JSON.parse(new TextDecoder('utf-8').decode(bytes)) as Partial<Record<'key' | 'words' | 'counts', unknown>> | null;
      const tally = entry && { words: entry.words, counts: entry.counts };
      return typeof entry?.key === 'string' && isWordTally(tally) ? { key: entry.key, tally } : undefined;
    } catch {
      // Unreadable, not JSON, refused (a link, a device): as if there were no entry.
      return undefined;
    }
  }

  async write(document: string, { key, tally }: KeptTally): Promise<void> {
    try {
      this.ignoring ??= this.fs.createExclusive(GITIGNORE, new TextEncoder().encode('# Policy Annotator: parsed documents and their words, rebuilt when missing.\n*\n'));
      await this.ignoring;
      await writeAtomically(this.fs, entryPath(document), new TextEncoder().encode(JSON.stringify({ key, words: tally.words, counts: tally.counts })));
    } catch {
      // A workspace that cannot be written (read-only, a virtual folder) simply has no cache.
    }
  }
}

function entryPath(document: string): string {
  return joinPath(ENTRIES_FOLDER, `${document}.json`);
}
