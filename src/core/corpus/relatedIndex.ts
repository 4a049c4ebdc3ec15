import { PolicyDocument, Provision } from '../model';
import { Pause, timeSlicer } from './timeSlicer';
import { sharedPassages } from './sharedPassages';
import { comparableText, sampledShingles } from './shingles';

/** A provision of another document that shares wording with the one asked about. */
export interface RelatedProvision {
  readonly document: string;
  readonly provision: number;
  /** 1 for the same wording; the shared shingles over the geometric mean of both provisions' shingles. */
  readonly score: number;
  /** The passages of the related provision's text that the provision asked about also has, in order. */
  readonly shared: readonly string[];
}

// Shingles found in more provisions than this are boilerplate (本法自公布之日起施行): reading their
// lists would cost most of a query and tell nothing about which provisions are related.
const MAX_POSTINGS = 2000;
// 2^21 provisions: a shingle's hash (32 bits) and a provision's index fit one double exactly.
const PROVISION_BITS = 21;
const PROVISION_SCALE = 2 ** PROVISION_BITS;

/**
 * Sampled character shingles of every Chinese provision, as one sorted array of (hash, provision)
 * pairs: the provisions holding a shingle are found by binary search, so related provisions come
 * from the shingles a provision has, never from comparing it with every other.
 */
export class RelatedIndex {
  private constructor(
    private readonly provisions: readonly Provision[],
    private readonly shingleCounts: readonly number[],
    private readonly pairs: Float64Array,
  ) {}

  /**
   * Indexes the documents' provisions, a slice of time at a time: between slices it awaits
   * `pause`, so that indexing a corpus of laws (seconds) does not hold the host.
   */
  static async build(documents: readonly PolicyDocument[], pause: Pause): Promise<RelatedIndex> {
    const provisions: Provision[] = [];
    const shingles: Uint32Array[] = [];
    const checkpoint = timeSlicer(pause);
    for (const provision of documents.flatMap((document) => document.provisions).slice(0, PROVISION_SCALE)) {
      provisions.push(provision);
      shingles.push(sampledShingles(comparableText(provision.text.zh)));
      await checkpoint();
    }
    const pairs = new Float64Array(shingles.reduce((sum, hashes) => sum + hashes.length, 0));
    let written = 0;
    shingles.forEach((hashes, index) => {
      for (const hash of hashes) {
        pairs[written++] = hash * PROVISION_SCALE + index;
      }
    });
    pairs.sort();
    return new RelatedIndex(provisions, shingles.map((hashes) => hashes.length), pairs);
  }

  /** The provisions of other documents sharing the provision's wording, best first. */
  related(provision: Provision, top: number): RelatedProvision[] {
    const hashes = sampledShingles(comparableText(provision.text.zh));
    const sharedCounts = new Map<number, number>();
    for (const hash of hashes) {
      const first = this.lowerBound(hash * PROVISION_SCALE);
      const end = this.lowerBound((hash + 1) * PROVISION_SCALE);
      if (end - first > MAX_POSTINGS) {
        continue;
      }
      for (let at = first; at < end; at++) {
        const index = this.pairs[at] % PROVISION_SCALE;
        if (this.provisions[index].documentId !== provision.documentId) {
          sharedCounts.set(index, (sharedCounts.get(index) ?? 0) + 1);
        }
      }
    }
    const ranked = [...sharedCounts]
      .map(([index, shared]) => ({ index, score: shared / Math.sqrt(hashes.length * this.shingleCounts[index]) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, top);
    return ranked.map(({ index, score }) => {
      const other = this.provisions[index];
      return { document: other.documentId, provision: other.number, score: Math.round(score * 1000) / 1000, shared: sharedPassages(provision.text.zh, other.text.zh) };
    });
  }

  private lowerBound(value: number): number {
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.pairs[middle] < value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
