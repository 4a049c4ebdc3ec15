import { conflictMarkers } from '../../yaml';

/** The two versions a file with git conflict markers holds. */
export interface ConflictSides {
  /** The file with every conflict resolved to the first side (`<<<<<<<` up to `=======` or `|||||||`). */
  readonly ours: string;
  /** … and to the second side (`=======` up to `>>>>>>>`). */
  readonly theirs: string;
  /** What git wrote after the markers, e.g. `HEAD` and `feature`. */
  readonly oursLabel: string;
  readonly theirsLabel: string;
  readonly regions: number;
}

type State = 'both' | 'ours' | 'base' | 'theirs';

/** Where each marker leads from where it may appear; any other marker is out of order. */
const TRANSITIONS: Readonly<Record<string, State>> = {
  'both <<<<<<<': 'ours',
  'ours |||||||': 'base',
  'ours =======': 'theirs',
  'base =======': 'theirs',
  'theirs >>>>>>>': 'both',
};

/**
 * Splits a conflicted file into its two sides: the lines outside the conflicts belong to both,
 * each conflict's first part to ours and its second to theirs; a diff3 base part (`|||||||`) to
 * neither. Line endings are kept. Undefined when the file has no markers; an error for markers out
 * of order (a file edited by hand half-way through resolving).
 */
export function splitConflict(text: string): ConflictSides | { readonly error: string } | undefined {
  const markerLines = new Set(conflictMarkers(text).map((problem) => problem.line));
  if (markerLines.size === 0) {
    return undefined;
  }
  let state: State = 'both';
  let ours = '';
  let theirs = '';
  let oursLabel = '';
  let theirsLabel = '';
  let regions = 0;
  const lines = text.split(/(?<=\n)/);
  for (const [index, line] of lines.entries()) {
    if (!markerLines.has(index + 1)) {
      ours += state === 'both' || state === 'ours' ? line : '';
      theirs += state === 'both' || state === 'theirs' ? line : '';
      continue;
    }
    const marker = line.slice(0, 7);
    const label = line.slice(8).trim();
    const next: State | undefined = TRANSITIONS[`${state} ${marker}`];
    if (next === undefined) {
      return { error: `line ${index + 1}: "${marker}" is out of order (the conflict markers are not as git writes them)` };
    }
    if (marker === '<<<<<<<') {
      oursLabel ||= label;
      regions++;
    } else if (marker === '>>>>>>>') {
      theirsLabel ||= label;
    }
    state = next;
  }
  if (state !== 'both') {
    return { error: 'the last conflict is not closed by ">>>>>>>"' };
  }
  return { ours, theirs, oursLabel: oursLabel || 'ours', theirsLabel: theirsLabel || 'theirs', regions };
}
