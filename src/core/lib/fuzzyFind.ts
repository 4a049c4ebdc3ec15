export interface FuzzyMatch {
  readonly start: number;
  readonly end: number;
  /** Edits (insertions, deletions, substitutions) that turn the text's slice into the pattern. */
  readonly distance: number;
}

/**
 * The places where `pattern` occurs in `text` with the fewest edits, if that is at most
 * `maxDistance` (Sellers' approximate matching). Ukkonen's cut-off computes only the rows that can
 * still be within the bound, so the expected cost is O(maxDistance × text length), not O(m × n).
 */
export function fuzzyFind(pattern: string, text: string, maxDistance: number): FuzzyMatch[] {
  const m = pattern.length;
  const over = maxDistance + 1;
  // Column j of the table: cost[i] is the best distance of pattern[0, i) ending at text[j];
  // origin[i] is where in the text that best match starts. Costs are capped at `over`.
  let cost = Int32Array.from({ length: m + 1 }, (_, i) => Math.min(i, over));
  let origin = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let nextOrigin = new Int32Array(m + 1);
  let lastActive = Math.min(maxDistance, m);
  let best = Math.min(maxDistance, m);
  // Column 0: the whole pattern deleted, before the first character.
  let matches: FuzzyMatch[] = m <= maxDistance ? [{ start: 0, end: 0, distance: m }] : [];
  for (let j = 1; j <= text.length; j++) {
    const character = text.charCodeAt(j - 1);
    next[0] = 0;
    nextOrigin[0] = j;
    const rows = Math.min(m, lastActive + 1);
    for (let i = 1; i <= rows; i++) {
      let value = cost[i - 1] + (pattern.charCodeAt(i - 1) === character ? 0 : 1);
      let from = origin[i - 1];
      if (cost[i] + 1 < value) {
        value = cost[i] + 1;
        from = origin[i];
      }
      if (next[i - 1] + 1 < value) {
        value = next[i - 1] + 1;
        from = nextOrigin[i - 1];
      }
      next[i] = Math.min(value, over);
      nextOrigin[i] = from;
    }
    // The next column reads at most one row further; it was over the bound here, so it is now.
    if (rows < m) {
      next[rows + 1] = over;
    }
    lastActive = rows;
    while (lastActive > 0 && next[lastActive] >= over) {
      lastActive--;
    }
    [cost, next] = [next, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
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
