import { mapConcurrently } from '../lib/mapConcurrently';
import { PolicyDocument } from '../model';
import { corpusPassages } from './passages';
import { Pause, SegmentedPassage, timeSlicer } from './segmentCorpus';
import { TokenCutter } from './tokenCutter';
import { coversText, tokensFromLengths, wordsOfTokens } from './tokens';
import { WordsCache, cutKey } from './wordsCache';

// Documents sent to the cutters at once: enough to keep every worker busy while the host turns
// the previous replies into words, few enough that a change of library stops soon.
const IN_FLIGHT = 8;

/** How the words of a corpus are found: who cuts, with which user dictionary, and where cuts are kept. */
export interface Cutting {
  readonly cutter: TokenCutter;
  readonly dictionary: readonly string[];
  readonly cache?: WordsCache;
  /** Gives the host a turn between slices of what is done here (turning cuts into words). */
  readonly pause: Pause;
}

/**
 * The words of every provision of the documents (Chinese, then English), in order: each
 * document's cut from the cache when it has one for these texts and this dictionary, else from the
 * cutter (and then kept). Only slicing the texts at the cut's lengths happens here, a slice of time
 * at a time; the cutting itself is the cutter's (a worker, in the editor).
 */
export async function segmentDocuments(documents: readonly PolicyDocument[], cutting: Cutting): Promise<SegmentedPassage[]> {
  const checkpoint = timeSlicer(cutting.pause);
  const perDocument = await mapConcurrently(documents, IN_FLIGHT, async (document) => {
    const passages = corpusPassages([document]);
    const texts = passages.map((passage) => passage.text);
    const lengths = await documentCut(document.id, texts, cutting);
    const segmented: SegmentedPassage[] = [];
    for (const [index, passage] of passages.entries()) {
      segmented.push({ ...passage, words: wordsOfTokens(coveringTokens(tokensFromLengths(passage.text, lengths[index]))) });
      await checkpoint();
    }
    return segmented;
  });
  return perDocument.flat();
}

/** A document's cut: from the cache when it holds a sound one for these texts and dictionary, else from the cutter (and then kept). */
async function documentCut(id: string, texts: readonly string[], { cutter, cache, dictionary }: Cutting): Promise<readonly (readonly number[])[]> {
  if (!cache) {
    return cutter.cut(texts);
  }
  const key = cutKey(texts, dictionary);
  const cached = await cache.read(id, key, texts.length);
  if (cached && texts.every((text, index) => coversText(text, cached[index]))) {
    return cached;
  }
  const lengths = await cutter.cut(texts);
  if (texts.every((text, index) => coversText(text, lengths[index]))) {
    await cache.write(id, key, lengths);
  }
  return lengths;
}

/** The tokens of a cut that covers its text; a cutter whose cut does not is broken, and says so. */
export function coveringTokens(tokens: readonly string[] | undefined): readonly string[] {
  if (!tokens) {
    throw new Error('the segmenter cut a text into pieces that do not make it up');
  }
  return tokens;
}
