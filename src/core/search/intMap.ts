const INITIAL_SIZE = 1024;
const EMPTY = -1;

/**
 * A map from 32-bit integers to non-negative integers in two typed arrays (open addressing,
 * linear probing): indexing a corpus looks up a character pair for each of its ten million
 * characters, which a `Map` does several times slower.
 */
export class IntMap {
  private keys = new Int32Array(INITIAL_SIZE);
  private values = new Int32Array(INITIAL_SIZE).fill(EMPTY);
  private mask = INITIAL_SIZE - 1;
  private count = 0;

  /** The key's value, or -1. */
  get(key: number): number {
    const { keys, values, mask } = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const value = values[slot];
      if (value === EMPTY || keys[slot] === key) {
        return value;
      }
    }
  }

  /** Sets a key that is not in the map yet. */
  add(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) {
      this.grow();
    }
    const { keys, values, mask } = this;
    let slot = hash(key) & mask;
    while (values[slot] !== EMPTY) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    this.count++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(EMPTY);
    this.mask = keys.length * 2 - 1;
    this.count = 0;
    values.forEach((value, slot) => {
      if (value !== EMPTY) {
        this.add(keys[slot], value);
      }
    });
  }
}

// Fibonacci hashing: the high bits of the product mix every bit of the key, and the top ones are
// folded down so that a small table's mask sees them.
function hash(key: number): number {
  const product = Math.imul(key, 0x9e3779b1);
  return product ^ (product >>> 15);
}
