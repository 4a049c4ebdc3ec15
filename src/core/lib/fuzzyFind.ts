import { endDistances } from './endDistances';

export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  /** Edits (insertions, deletions, substitutions) that turn the text's slice into the pattern. */
  readonly distance: number;
}

/**
 * The places where `pattern` occurs in `text` with the fewest edits, if that is at most
 * `maxDistance`, in the order of their ends. Myers' bit-vector pass (endDistances) finds the
 * fewest edits at every end, a few word operations per character; only around the ends that
 * reach the least does Sellers' table run, to say where each match starts.
 */
export function fuzzyFind(pattern: string, text: string, maxDistance: number): FuzzyMatch[] {
  const m = pattern.length;
  if (m <= maxDistance) {
    // Even the empty slice before the text is within the bound: every end is a candidate.
    return sellers(pattern, text, 0, text.length, maxDistance);
  }
  const distances = endDistances(pattern, text);
  let best = maxDistance + 1;
  for (let end = 1; end <= text.length; end++) {
    best = Math.min(best, distances[end]);
  }
  if (best > maxDistance) {
    return [];
  }
  // A match of `best` edits ending at `end` spans at most m + best characters: it starts at
  // `end − m − best` or later. Sellers' table started there holds every cheapest path to that end,
  // and what it leaves out (paths from further back) costs more, so it never wins a tie the whole
  // table would decide otherwise: the same start. Ends whose windows overlap share one table.
  const matches: FuzzyMatch[] = [];
  for (let first = 1; first <= text.length; first++) {
    if (distances[first] !== best) {
      continue;
    }
    let last = first;
    for (let end = first + 1; end <= text.length && end - last <= m + best; end++) {
      if (distances[end] === best) {
        last = end;
      }
    }
    matches.push(...sellers(pattern, text, Math.max(0, first - m - best), last, best));
    first = last;
  }
  return matches;
}

/**
 * Sellers' approximate matching of `pattern` in `text` between `from` and `to`: the matches with
 * the fewest edits, at most `maxDistance`, that start at `from` or later and end by `to` (over the
 * whole text, what fuzzyFind returned before its bit-vector pass, which the tests hold it to). Ukkonen's
 * cut-off computes only the rows that can still be within the bound, so the expected cost is
 * O(maxDistance × (to − from)), not O(m × (to − from)). Of equally good ways to reach a cell, the
 * diagonal wins, then the one from the left, then the one from above: that decides the starts.
 */
export function sellers(pattern: string, text: string, from: number, to: number, maxDistance: number): FuzzyMatch[] {
  const m = pattern.length;
  const over = maxDistance + 1;
  // Column j of the table: cost[i] is the best distance of pattern[0, i) ending at text[j];
  // origin[i] is where in the text that best match starts. Costs are capped at `over`.
  let cost = new Int32Array(m + 1);
  for (let i = 1; i <= m; i++) {
    cost[i] = Math.min(i, over);
  }
  let origin = new Int32Array(m + 1).fill(from);
  let next = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  let lastActive = Math.min(maxDistance, m);
  let best = Math.min(maxDistance, m);
  // Column `from`: the whole pattern deleted, before the character there.
  let matches: FuzzyMatch[] = m <= maxDistance ? [{ start: from, end: from, distance: m }] : [];
  for (let j = from + 1; j <= to; j++) {
    const character = text.charCodeAt(j - 1);
    next[0] = 0;
    nextOrigin[0] = j;
    const rows = Math.min(m, lastActive + 1);
    for (let i = 1; i <= rows; i++) {
      let value = cost[i - 1] + (pattern.charCodeAt(i - 1) === character ? 0 : 1);
      let start = origin[i - 1];
      if (cost[i] + 1 < value) {
        value = cost[i] + 1;
        start = origin[i];
      }
      if (next[i - 1] + 1 < value) {
        value = next[i - 1] + 1;
        start = nextOrigin[i - 1];
      }
      next[i] = Math.min(value, over);
      nextOrigin[i] = start;
    }
    // The next column reads at most one row further; it was over the bound here, so it is now.
    if (rows < m) {
      next[rows + 1] = over;
    }
    lastActive = rows;
    while (lastActive > 0 && next[lastActive] >= over) {
      lastActive--;
    }
    const done = next;
    next = cost;
    cost = done;
    const doneOrigin = nextOrigin;
    nextOrigin = origin;
    origin = doneOrigin;
    if (rows === m && cost[m] <= best) {
      if (cost[m] < best) {
        best = cost[m];
        matches = [];
      }
      matches.push({ start: origin[m], end: j, distance: cost[m] });
    }
  }
  return matches;
}
