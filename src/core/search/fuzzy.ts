import { Passage } from './passages';
import { Vocabulary } from './vocabulary';

/**
 * Fuzzy scores (0 = best … 1) of the passages that hold words like the query's, combined the way
 * Fuse's token search does: each query word counts by its rarity (BM25's inverse document
 * frequency over the passages it matched), so "povrety relif" is led by sentences with both
 * words, and a word that matches everywhere adds little. Word order does not matter.
 */
export function fuzzyScores(vocabulary: Vocabulary, queryWords: readonly string[], passageCount: number): Map<Passage, number> {
  const perWord = [...new Set(queryWords)].map((word) => vocabulary.passagesLike(word));
  const weights = perWord.map((matches) => Math.log(1 + (passageCount - matches.size + 0.5) / (matches.size + 0.5)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const gained = new Map<Passage, number>();
  perWord.forEach((matches, index) => {
    for (const [passage, score] of matches) {
      gained.set(passage, (gained.get(passage) ?? 0) + weights[index] * (1 - score));
    }
  });
  const scores = new Map<Passage, number>();
  for (const [passage, gain] of gained) {
    scores.set(passage, totalWeight > 0 ? 1 - gain / totalWeight : 1);
  }
  return scores;
}
