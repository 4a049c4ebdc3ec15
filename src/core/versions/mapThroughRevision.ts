import { diffText } from './textDiff';

/** Where [start, end) of the old text is in the new one, and how much of it the revision kept. */
export interface MappedRange {
  readonly start: number;
  readonly end: number;
  /** The share of the old range's characters that are still there (0..1). */
  readonly kept: number;
}

/**
 * Follows a range of a provision's old text through the revision's diff to its new text: words
 * inserted inside the range join it (激发经济活力 becomes 激发经济发展活力), words replaced at its
 * edges give way to their replacement, words inserted just outside it stay outside. Undefined
 * when nothing of the range is left.
 */
export function mapThroughRevision(before: string, after: string, start: number, end: number): MappedRange | undefined {
  // startAt[p] / endAt[p]: where old position p goes as the start / the end of a range.
  const startAt = new Int32Array(before.length + 1);
  const endAt = new Int32Array(before.length + 1);
  const unchanged = new Uint8Array(before.length);
  const segments = diffText(before, after);
  let oldAt = 0;
  let newAt = 0;
  segments.forEach((segment, index) => {
    const length = segment.text.length;
    if (segment.op === 'equal') {
      for (let offset = 0; offset < length; offset++) {
        startAt[oldAt + offset] = newAt + offset;
        endAt[oldAt + offset + 1] = newAt + offset + 1;
        unchanged[oldAt + offset] = 1;
      }
      oldAt += length;
      newAt += length;
    } else if (segment.op === 'delete') {
      // The replacement (an insertion right after) belongs to a range that starts or ends in what it replaced.
      const replacement = segments[index + 1]?.op === 'insert' ? segments[index + 1].text.length : 0;
      for (let offset = 0; offset < length; offset++) {
        startAt[oldAt + offset] = newAt;
        endAt[oldAt + offset + 1] = newAt + replacement;
      }
      oldAt += length;
    } else {
      newAt += length;
    }
  });
  startAt[before.length] = newAt;
  let kept = 0;
  for (let at = start; at < end; at++) {
    kept += unchanged[at];
  }
  const mapped = { start: startAt[start], end: endAt[end] };
  return kept === 0 || mapped.end <= mapped.start ? undefined : { ...mapped, kept: kept / (end - start) };
}
