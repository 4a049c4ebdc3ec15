/**
 * YAML aliases let a small file stand for a large value: 100 aliases of a 5 MB note are 500 MB
 * once an export writes each note out, well inside the yaml library's alias count. A file whose
 * value, expanded, is more than `Limits.maxExpansion` times its own size is therefore refused,
 * so that everything made from notes (exports, agreement, statistics) stays within a small
 * multiple of the files read.
 */

// A "*" where an alias can start: at a line's start or after a space, a flow bracket or a comma.
const MAY_HOLD_ALIAS = /(?:^|[\s[{,])\*[^\s,[\]{}]/m;

/** Small files may expand to this much whatever their size: a hand-written file reusing a list of tags is fine. */
const FLOOR = 4096;

/**
 * Whether the value read from `text` is more than `factor` times its size once aliases are
 * expanded, counting a string or a key by its length and any other value as one. The walk stops
 * as soon as the limit is passed, so it costs at most the limit, and nothing for a file without
 * anything that looks like an alias.
 */
export function expandsBeyond(text: string, value: unknown, factor: number): boolean {
  if (!MAY_HOLD_ALIAS.test(text)) {
    return false;
  }
  let budget = Math.max(factor * text.length, FLOOR);
  const pending: unknown[] = [value];
  for (let index = pending.length - 1; index >= 0; index = pending.length - 1) {
    const next = pending.pop();
    budget -= typeof next === 'string' ? next.length + 1 : 1;
    if (typeof next === 'object' && next !== null) {
      for (const [key, child] of Object.entries(next)) {
        budget -= Array.isArray(next) ? 0 : key.length + 1;
        pending.push(child);
      }
    }
    if (budget < 0) {
      return true;
    }
  }
  return false;
}
