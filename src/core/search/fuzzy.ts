import { IdScores } from './idScores';
import { WordMatches } from './vocabulary';

/**
 * Fuzzy scores (0 = best … 1) of the sentences that hold words like the query's, combined the way
 * Fuse's token search does: each query word counts by its rarity (BM25's inverse document
 * frequency over the sentences it matched), so "povrety relif" is led by sentences with both
 * words, and a word that matches everywhere adds little. Word order does not matter.
 *
 * `scores` is reset and receives the scores; sentences that cannot score `maxScore` or better are
 * mostly left out. Over a corpus,
 * a word still being typed ("行", "i") matches a large part of it; such a word alone cannot bring a
 * sentence within `maxScore`, so it adds to the sentences the stronger words found instead of
 * adding every sentence it matched.
 */
export function fuzzyScores(perWord: readonly WordMatches[], passageCount: number, capacity: number, maxScore: number, scores: IdScores): void {
  const weights = perWord.map(({ ids }) => Math.log(1 + (passageCount - ids.length + 0.5) / (ids.length + 0.5)));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  // A sentence needs this much gain to score `maxScore`; a word gives at most its weight.
  const needed = (1 - maxScore) * totalWeight;
  const strongestFirst = weights.map((_, index) => index).sort((a, b) => weights[b] - weights[a]);
  let leftToGive = totalWeight;
  const gained = scores;
  gained.reset(capacity);
  for (const index of strongestFirst) {
    const { ids, scores: wordScores } = perWord[index];
    const weight = weights[index];
    // Once the words left cannot bring a new sentence within `maxScore`, they only add to those found.
    const opening = leftToGive >= needed - 1e-9;
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at];
      const gain = weight * (1 - (wordScores ? wordScores[at] : 0));
      if (gained.has(id)) {
        gained.set(id, gained.get(id) + gain);
      } else if (opening) {
        gained.set(id, gain);
      }
    }
    leftToGive -= weight;
  }
  for (let at = 0; at < gained.size; at++) {
    const id = gained.ids[at];
    gained.set(id, totalWeight > 0 ? 1 - gained.get(id) / totalWeight : 1);
  }
}
