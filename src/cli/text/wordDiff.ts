import { DiffSegment } from '../../core/versions/textDiff';

/** A diff in git's plain word-diff notation: [-deleted-]{+inserted+}, readable without colour and in any pipe. */
export function wordDiff(segments: readonly DiffSegment[]): string {
  return segments.map((segment) => (segment.op === 'equal' ? segment.text : segment.op === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`)).join('');
}
