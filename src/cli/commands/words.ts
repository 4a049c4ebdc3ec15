import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';
import { findTag } from '../../core/annotations/model/tagNames';
import { CountedText, DocumentCondition, FILTER_KEYS, corpusPassages, meets, parseCondition, readWordLists, segmentCorpus, taggedTexts, wordFrequencies, wordsOf } from '../../core/corpus';
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
    `--where takes ${FILTER_KEYS.join(', ')}. --json prints [{ word, count, documents, keyness? }]: documents is how many documents have the word; ` +
    'keyness, given when texts are chosen, is the log-likelihood against the rest of the corpus (negative: used less than there).',
  operands: [],
  options: ['document', 'tag', 'where', 'top', 'notes'],
  optionHelp: { top: 'print the N most frequent words (default 50)' },
  async run({ options }, context) {
    const library = await context.library();
    const notesFolder = notesFolderOperand(options.value('notes'), context.cwd);
    const lists = await readWordLists(new NodeFileSystem(context.cwd), notesFolder);
    const segmenter = await loadNodeSegmenter(lists.dictionary);
    const corpus = await segmentCorpus(corpusPassages(library.documents), segmenter, () => Promise.resolve());
    const conditions = options.all('where').map(condition);
    const tag = options.value('tag');
    let chosen: CountedText[] | undefined;
    if (tag !== undefined) {
      const { store } = await openNotes(options.value('notes'), library, context.cwd);
      const tagId = findTag(store.codebook.tags, tag)?.id ?? tag;
      const documents = new Set(documentsOption(library, options).filter((document) => meets(document, conditions)).map((document) => document.id));
      chosen = taggedTexts(store.annotations(), tagId, library)
        .filter((text) => documents.has(text.document))
        .map((text) => ({ document: text.document, words: wordsOf(text.text, segmenter) }));
    } else if (options.has('document') || conditions.length > 0) {
      const documents = new Set(documentsOption(library, options).filter((document) => meets(document, conditions)).map((document) => document.id));
      chosen = corpus.filter((passage) => documents.has(passage.document));
    }
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
    throw new UsageError(`--where takes key=value with a key among ${FILTER_KEYS.join(', ')}, not "${written}"`);
  }
  return parsed;
}
