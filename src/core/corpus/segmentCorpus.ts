import { CorpusPassage } from './passages';
import { WordSegmenter } from './segmenter';
import { wordsOf } from './tokens';

/** A passage and its words. */
export interface SegmentedPassage extends CorpusPassage {
  readonly words: readonly string[];
}

/** Lets the host run other work: the extension host's event loop, an editor's keystrokes. */
export type Pause = () => Promise<void>;

// Segmenting and indexing run this long at most before they pause: a host that must answer within 50 ms keeps
// most of them for itself.
export const SLICE_MS = 20;

/**
 * The words of every passage, cut a slice of time at a time: between slices it awaits `pause`,
 * so that segmenting a corpus of laws (seconds) never holds the host for longer than a slice plus
 * one provision.
 */
export async function segmentCorpus(passages: readonly CorpusPassage[], segmenter: WordSegmenter, pause: Pause): Promise<SegmentedPassage[]> {
  const segmented: SegmentedPassage[] = [];
  let sliceStart = Date.now();
  for (const passage of passages) {
    segmented.push({ ...passage, words: wordsOf(passage.text, segmenter) });
    if (Date.now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = Date.now();
    }
  }
  return segmented;
}
