import english from 'stopwords-en';
import chinese from 'stopwords-zh';

/** The workspace file that adds stop words (one a line) or takes shipped ones back (`!不得`). */
export const STOP_WORDS_FILE = 'stopwords.txt';

/**
 * The stop words left out of word counts: the stopwords-iso lists for Chinese and English, as
 * edited by the workspace's file. Lines starting with # are comments. Laws give 不得 and 应当
 * their weight, so a researcher may want them back: `!不得`.
 */
export function stopWords(workspaceFile: string | undefined): ReadonlySet<string> {
  const words = new Set<string>([...chinese, ...english]);
  for (const line of (workspaceFile ?? '').split(/\r?\n/)) {
    const word = line.trim();
    if (word === '' || word.startsWith('#')) {
      continue;
    }
    if (word.startsWith('!')) {
      words.delete(word.slice(1).trim());
    } else {
      words.add(word.toLowerCase());
    }
  }
  return words;
}
