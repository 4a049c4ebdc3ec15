import { mapConcurrently } from '../lib/mapConcurrently';
import { PolicyDocument } from '../model';
import { DocumentTally } from './frequencies';
import { corpusPassages } from './passages';
import { Pause, timeSlicer } from './timeSlicer';
import { WordCounter, countedTally } from './wordCounter';
import { WordsCache } from './wordsCache';

// Documents sent to the counters at once: enough to keep every worker busy while the host reads
// and writes the cache, few enough that a change of library stops soon.
const IN_FLIGHT = 8;

/** How the words of a corpus are counted: who counts, and where tallies are kept. */
export interface Counting {
  readonly counter: WordCounter;
  readonly cache?: WordsCache;
  /** Gives the host a turn between documents. */
  readonly pause: Pause;
}

/**
 * The tally of each document's provisions (Chinese and English), in the documents' order: from
 * the cache when it holds one for the texts as they are (the counter, given the entry's key, says
 * so), else from the counter (and then kept). Cutting, counting and hashing are the counter's (a
 * worker, in the editor); the host only reads and writes entries, a document at a time, pausing
 * between documents once a slice of time has passed.
 */
export async function countDocuments(documents: readonly PolicyDocument[], { counter, cache, pause }: Counting): Promise<DocumentTally[]> {
  const checkpoint = timeSlicer(pause);
  return mapConcurrently(documents, IN_FLIGHT, async (document) => {
    const texts = corpusPassages([document]).map((passage) => passage.text);
    const kept = await cache?.read(document.id);
    const counted = await counter.count(texts, kept?.key);
    await checkpoint();
    if (counted.tally) {
      await cache?.write(document.id, { key: counted.key, tally: counted.tally });
    }
    return { document: document.id, tally: countedTally(counted, kept?.tally) };
  });
}
