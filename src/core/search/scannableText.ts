import { PairFilter } from './pairFilter';
import { Passage } from './passages';

// Folded text has no line breaks (whitespace folds to one space), so a match never spans passages.
const BETWEEN_PASSAGES = '\n';

/**
 * One document's passages as a single folded string, for finding a phrase anywhere, inside words
 * and across Chinese word boundaries: one `indexOf` over the document costs less than a posting
 * per character pair of every passage would in memory, and needs no word segmentation to build.
 */
export class ScannableText {
  private readonly text: string;
  /** Where each passage starts in `text`. */
  private readonly starts: Int32Array;
  private readonly filter: PairFilter;

  constructor(readonly passages: readonly Passage[]) {
    this.text = passages.map((passage) => passage.folded).join(BETWEEN_PASSAGES);
    this.starts = new Int32Array(passages.length);
    let start = 0;
    passages.forEach((passage, index) => {
      this.starts[index] = start;
      start += passage.folded.length + BETWEEN_PASSAGES.length;
    });
    this.filter = new PairFilter(this.text);
  }

  /** False when the text cannot hold `needle`; true when it may. */
  mayHold(needle: string): boolean {
    return this.filter.mayHold(needle);
  }

  /** The passages that hold `needle` (folded), in order, each once. */
  passagesHolding(needle: string): Passage[] {
    const found: Passage[] = [];
    if (needle === '') {
      return found;
    }
    for (let index = this.text.indexOf(needle); index >= 0; ) {
      const passage = this.passageAt(index);
      found.push(this.passages[passage]);
      // The next passage, if any, is where another holder can be.
      if (passage + 1 >= this.starts.length) {
        break;
      }
      index = this.text.indexOf(needle, this.starts[passage + 1]);
    }
    return found;
  }

  private passageAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }
}
