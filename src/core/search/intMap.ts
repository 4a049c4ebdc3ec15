const INITIAL_SIZE = 1024;
const EMPTY = -1;

/**
 * A map from 32-bit integers to non-negative integers in one typed array of key and value side
 * by side (open addressing, linear probing): indexing a corpus looks up a character pair for each
 * of its ten million characters, in a table of two hundred thousand pairs that does not fit the
 * processor's cache; a `Map` does it several times slower, and keys apart from their values would
 * cost two cache misses instead of one.
 */
export class IntMap {
  private entries = IntMap.emptyEntries(INITIAL_SIZE);
  private mask = INITIAL_SIZE - 1;
  private count = 0;

  /** Its keys and values side by side, as `restore` takes them back. */
  get stored(): Int32Array {
    return this.entries;
  }

  /**
   * The map whose `stored` entries these are, or undefined when they could not be: a table whose
   * size is not a power of two, a value out of [0, `values`), or no free slot left (a lookup of a
   * missing key would never end).
   */
  static restore(entries: Int32Array, values: number): IntMap | undefined {
    const size = entries.length / 2;
    if (size < INITIAL_SIZE || !Number.isInteger(size) || (size & (size - 1)) !== 0) {
      return undefined;
    }
    let count = 0;
    for (let slot = 0; slot < size; slot++) {
      const value = entries[2 * slot + 1];
      if (value !== EMPTY && (value < 0 || value >= values)) {
        return undefined;
      }
      count += value === EMPTY ? 0 : 1;
    }
    if (count * 2 > size) {
      return undefined;
    }
    const map = new IntMap();
    map.entries = Int32Array.from(entries);
    map.mask = size - 1;
    map.count = count;
    return map;
  }

  /** The key's value, or -1. */
  get(key: number): number {
    const { entries, mask } = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const value = entries[2 * slot + 1];
      if (value === EMPTY || entries[2 * slot] === key) {
        return value;
      }
    }
  }

  /** Sets a key that is not in the map yet. */
  add(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) {
      this.grow();
    }
    const { entries, mask } = this;
    let slot = hash(key) & mask;
    while (entries[2 * slot + 1] !== EMPTY) {
      slot = (slot + 1) & mask;
    }
    entries[2 * slot] = key;
    entries[2 * slot + 1] = value;
    this.count++;
  }

  private grow(): void {
    const old = this.entries;
    const size = (this.mask + 1) * 2;
    this.entries = IntMap.emptyEntries(size);
    this.mask = size - 1;
    this.count = 0;
    for (let slot = 0; slot < old.length / 2; slot++) {
      if (old[2 * slot + 1] !== EMPTY) {
        this.add(old[2 * slot], old[2 * slot + 1]);
      }
    }
  }

  private static emptyEntries(size: number): Int32Array<ArrayBuffer> {
    return new Int32Array(2 * size).fill(EMPTY);
  }
}

// Fibonacci hashing: the high bits of the product mix every bit of the key, and the top ones are
// folded down so that a small table's mask sees them.
function hash(key: number): number {
  const product = Math.imul(key, 0x9e3779b1);
  return product ^ (product >>> 15);
}
