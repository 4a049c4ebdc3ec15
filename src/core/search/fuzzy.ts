import { Passage } from './passages';

/**
 * Fuzzy scores (0 = best … 1) of the passages that hold words like the query's, combined the way
 * Fuse's token search does: each query word counts by its rarity (BM25's inverse document
 * frequency over the passages it matched), so "povrety relif" is led by sentences with both
 * words, and a word that matches everywhere adds little. Word order does not matter.
 *
 * Only passages that can score `maxScore` or better are returned. Over a corpus, a word still being
 * typed ("行", "i") matches a large part of it; such a word alone cannot bring a passage within
 * `maxScore`, so it adds to the passages the stronger words found instead of adding every passage
 * it matched.
 */
export function fuzzyScores(
  passagesLike: (queryWord: string) => ReadonlyMap<Passage, number>,
  queryWords: readonly string[],
  passageCount: number,
  maxScore = 1,
): Map<Passage, number> {
  const perWord = [...new Set(queryWords)].map(passagesLike);
  const weights = perWord.map((matches) => Math.log(1 + (passageCount - matches.size + 0.5) / (matches.size + 0.5)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  // A passage needs this much gain to score `maxScore`; a word gives at most its weight.
  const needed = (1 - maxScore) * totalWeight;
  const strongestFirst = weights.map((_, index) => index).sort((a, b) => weights[b] - weights[a]);
  let leftToGive = totalWeight;
  const gained = new Map<Passage, number>();
  for (const index of strongestFirst) {
    const matches = perWord[index];
    const weight = weights[index];
    if (leftToGive >= needed - 1e-9) {
      for (const [passage, score] of matches) {
        gained.set(passage, (gained.get(passage) ?? 0) + weight * (1 - score));
      }
    } else if (matches.size < gained.size) {
      for (const [passage, score] of matches) {
        const gain = gained.get(passage);
        if (gain !== undefined) {
          gained.set(passage, gain + weight * (1 - score));
        }
      }
    } else {
      for (const [passage, gain] of gained) {
        const score = matches.get(passage);
        if (score !== undefined) {
          gained.set(passage, gain + weight * (1 - score));
        }
      }
    }
    leftToGive -= weight;
  }
  const scores = new Map<Passage, number>();
  for (const [passage, gain] of gained) {
    const score = totalWeight > 0 ? 1 - gain / totalWeight : 1;
    if (score <= maxScore) {
      scores.set(passage, score);
    }
  }
  return scores;
}
