import { DocumentTally, WordCounts, WordFrequency, topWords } from './frequencies';

/**
 * The most frequent words of the tallies chosen, or of the whole corpus when none are chosen;
 * chosen texts get their keyness against the rest of the corpus.
 */
export function wordFrequencies(corpus: readonly DocumentTally[], chosen: readonly DocumentTally[] | undefined, stopWords: ReadonlySet<string>, top: number): WordFrequency[] {
  const corpusCounts = new WordCounts(corpus, stopWords);
  return chosen === undefined ? topWords(corpusCounts, top) : topWords(new WordCounts(chosen, stopWords), top, corpusCounts);
}
