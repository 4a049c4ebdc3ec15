/** The workspace file of words the segmenter should keep whole, one a line (jieba's format: word, then optional frequency and tag). */
export const USER_DICTIONARY_FILE = 'dictionary.txt';

/** The words of a user dictionary: the first field of each line that is not blank or a # comment. */
export function userDictionaryWords(file: string | undefined): string[] {
  return (file ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((word) => word !== '' && !word.startsWith('#'));
}
