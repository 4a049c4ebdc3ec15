/** Rows of the edit-distance table one machine word holds: JavaScript's bitwise operators work on 32 bits. */
const WORD = 32;
const HIGH_BIT = 1 << (WORD - 1);

/**
 * A character code's slot among the current pattern's characters (1, 2 …; 0 for any other): a
 * table of every UTF-16 code unit, made once and cleared after each use, because a Map looked up
 * per character of the text cost as much as the bit operations.
 */
let slotOf: Int32Array | undefined;

/**
 * For every end `j` in 0…text.length, the fewest edits (insertions, deletions, substitutions) that
 * turn some slice of `text` ending at `j` into `pattern`: the last row of Sellers' table, computed
 * with Myers' bit-vector algorithm in Hyyrö's blocks of 32 rows (each column costs a few word
 * operations per 32 characters of the pattern, not one step per character). Nothing says where
 * those slices start: see fuzzyFind, which asks only for the few ends that matter.
 */
export function endDistances(pattern: string, text: string): Int32Array {
  const m = pattern.length;
  const distances = new Int32Array(text.length + 1);
  distances[0] = m;
  if (m === 0) {
    return distances;
  }
  const blocks = Math.ceil(m / WORD);
  // Per character of the pattern, the rows (bits) where it stands, block by block, at
  // `slot × blocks`; slot 0 is every character the pattern does not have.
  const slots = (slotOf ??= new Int32Array(0x10000));
  const rowsOf = new Int32Array((m + 1) * blocks);
  let distinct = 0;
  for (let i = 0; i < m; i++) {
    const character = pattern.charCodeAt(i);
    if (slots[character] === 0) {
      slots[character] = ++distinct;
    }
    rowsOf[slots[character] * blocks + ((i / WORD) | 0)] |= 1 << i % WORD;
  }
  // The vertical differences of the current column, as two bit sets: +1 (plus) and −1 (minus).
  // Column 0 is 0, 1, 2 … m: every difference +1.
  const plus = new Int32Array(blocks).fill(-1);
  const minus = new Int32Array(blocks);
  // The bit of the last block that is row m. The bits past it stand for rows that do not exist;
  // they never reach row m, as carries and shifts run only from a row to the next.
  const lastRow = 1 << (m - 1) % WORD;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const matches = slots[text.charCodeAt(j)] * blocks;
    // The horizontal difference entering a block from the one before (named as in Myers' and
    // Hyyrö's papers below); into the first it is 0: row 0 is all zeros, a match may start anywhere.
    let carry = 0;
    for (let block = 0; block < blocks; block++) {
      const pv = plus[block];
      const mv = minus[block];
      let eq = rowsOf[matches + block];
      const xv = eq | mv;
      // A −1 entering the block acts on its first row as a match would.
      if (carry < 0) {
        eq |= 1;
      }
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = block === blocks - 1 ? lastRow : HIGH_BIT;
      const out = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) {
        mh |= 1;
      } else if (carry > 0) {
        ph |= 1;
      }
      plus[block] = mh | ~(xv | ph);
      minus[block] = ph & xv;
      carry = out;
    }
    score += carry;
    distances[j + 1] = score;
  }
  for (let i = 0; i < m; i++) {
    slots[pattern.charCodeAt(i)] = 0;
  }
  return distances;
}
