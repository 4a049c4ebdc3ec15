import { localized } from '../../core/l10n/localized';
import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';
import { findTag } from '../../core/annotations/model/tagNames';
import { DocumentCondition, FILTER_KEYS, WordsCache, WordsScope, countDocuments, inProcessCounter, parseCondition, readWordLists, scopeTallies, taggedTexts, wordFrequencies } from '../../core/corpus';
import { loadNodeSegmenter } from '../../platform/jieba';
import { Command } from '../command';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { UsageError } from '../usageError';
import { documentsOption } from './corpusScope';
import { notesFolderOperand, openNotes } from './notesFolder';

const DEFAULT_TOP = 50;

export const wordsCommand: Command = {
  name: 'words',
  summary: 'the most frequent words of the corpus, of --document, of the passages with --tag, or of documents --where',
  details:
    `Chinese is cut into words by jieba; stop words (the stopwords-iso lists) are left out. In the notes folder (default ${DEFAULT_NOTES_FOLDER}), stopwords.txt adds stop words, one a line ` +
    '(!word takes one back), and dictionary.txt lists words to keep whole (关键信息基础设施). ' +
    'Each document\'s word counts are kept in policy-documents/.cache/words/ (safe to delete) and reused while its text and the dictionary stay the same. ' +
    `--where takes ${FILTER_KEYS.join(', ')} or any attribute of the documents (see attributes). --json prints [{ word, count, documents, keyness? }]: documents is how many documents have the word; ` +
    'keyness, given when texts are chosen, is the log-likelihood against the rest of the corpus (negative: used less than there).',
  operands: [],
  options: ['document', 'tag', 'where', 'top', 'notes'],
  optionHelp: { top: 'print the N most frequent words (default 50)' },
  async run({ options }, context) {
    const library = await context.library();
    const notesFolder = notesFolderOperand(options.value('notes'), context);
    const fs = new NodeFileSystem(context.cwd, notesFolder);
    const lists = await readWordLists(fs, notesFolder);
    const counter = inProcessCounter(await loadNodeSegmenter(lists.dictionary), lists.dictionary);
    const corpus = await countDocuments(library.documents, { counter, cache: new WordsCache(new NodeFileSystem(context.folder)), pause: () => Promise.resolve() });
    const tag = options.value('tag');
    const scope: WordsScope = {
      ...(options.has('document') && { documents: documentsOption(library, options) }),
      where: options.all('where').map(condition),
    };
    let tagged;
    if (tag !== undefined) {
      const { store } = await openNotes(options.value('notes'), library, context);
      tagged = taggedTexts(store.annotations(), findTag(store.codebook.tags, tag)?.id ?? tag, library);
    }
    const chosen = await scopeTallies(corpus, library.documents, { ...scope, ...(tagged && { tagged }) }, counter);
    const words = wordFrequencies(corpus, chosen, lists.stopWords, options.count('top', DEFAULT_TOP));
    return {
      json: words,
      text: () => (words.length === 0 ? 'No words: the texts chosen are empty.' : words.map((word) => `${word.word}\t${word.count}\t${word.documents}${word.keyness === undefined ? '' : `\t${word.keyness}`}`).join('\n')),
    };
  },
};

function condition(written: string): DocumentCondition {
  const parsed = parseCondition(written);
  if (!parsed) {
    throw new UsageError(localized('cli.whereKey', FILTER_KEYS.join(', '), written));
  }
  return parsed;
}
