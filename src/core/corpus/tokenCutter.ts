import { WordSegmenter } from './segmenter';
import { tokenLengths } from './tokens';

/**
 * Cuts texts into tokens somewhere else than where the result is wanted: in a worker (the extension
 * hosts, whose event loop must never wait for jieba) or in this process (the command line). A cut
 * comes back as its tokens' lengths (see `tokensFromLengths`).
 */
export interface TokenCutter {
  cut(texts: readonly string[]): Promise<number[][]>;
}

/**
 * Several cutters as one: each batch goes to the one with the fewest batches waiting, so that two
 * workers on two cores cut a corpus in about half the time of one.
 */
export class CutterPool implements TokenCutter {
  private readonly waiting: number[];

  constructor(private readonly cutters: readonly TokenCutter[]) {
    this.waiting = cutters.map(() => 0);
  }

  async cut(texts: readonly string[]): Promise<number[][]> {
    const chosen = this.waiting.indexOf(Math.min(...this.waiting));
    this.waiting[chosen]++;
    try {
      return await this.cutters[chosen].cut(texts);
    } finally {
      this.waiting[chosen]--;
    }
  }
}

/** A segmenter of this process as a cutter: for the command line, which has no event loop to keep free. */
export function inProcessCutter(segmenter: WordSegmenter): TokenCutter {
  return { cut: (texts) => Promise.resolve(texts.map((text) => tokenLengths(segmenter.cut(text)))) };
}
