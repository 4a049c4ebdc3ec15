import { joinPath, NotesFileSystem } from '../storage';
import { STOP_WORDS_FILE, stopWords } from './stopWords';
import { USER_DICTIONARY_FILE, userDictionaryWords } from './userDictionary';

/** The workspace's word lists: the stop words as it edits them, and the words the segmenter must keep whole. */
export interface WordLists {
  readonly stopWords: ReadonlySet<string>;
  readonly dictionary: readonly string[];
}

/** Reads `<notes>/stopwords.txt` and `<notes>/dictionary.txt`; either may be absent. */
export async function readWordLists(fs: NotesFileSystem, notesFolder: string): Promise<WordLists> {
  const text = async (name: string) => {
    const bytes = await fs.readFile(joinPath(notesFolder, name));
    return bytes && new TextDecoder().decode(bytes);
  };
  return { stopWords: stopWords(await text(STOP_WORDS_FILE)), dictionary: userDictionaryWords(await text(USER_DICTIONARY_FILE)) };
}
