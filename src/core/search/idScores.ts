/**
 * A number for some of the ids below a capacity, cleared in constant time: the scratch space of
 * one search (a score per sentence, a gain per sentence), kept from search to search so that a
 * query matching half the corpus allocates nothing per match.
 */
export class IdScores {
  private values = new Float64Array(0);
  private marks = new Int32Array(0);
  private mark = 0;
  /** The ids holding a number, in the order they were first set; `size` of them are valid. */
  ids = new Int32Array(64);
  size = 0;

  /** Forgets every number; ids up to `capacity` may be set next. */
  reset(capacity: number): void {
    if (capacity > this.marks.length) {
      const length = Math.max(capacity, this.marks.length * 2);
      this.values = new Float64Array(length);
      this.marks = new Int32Array(length);
      this.mark = 0;
    }
    this.mark++;
    this.size = 0;
  }

  has(id: number): boolean {
    return this.marks[id] === this.mark;
  }

  /** The id's number; only meaningful when `has(id)`. */
  get(id: number): number {
    return this.values[id];
  }

  set(id: number, value: number): void {
    if (this.marks[id] !== this.mark) {
      this.marks[id] = this.mark;
      if (this.size === this.ids.length) {
        const larger = new Int32Array(this.ids.length * 2);
        larger.set(this.ids);
        this.ids = larger;
      }
      this.ids[this.size++] = id;
    }
    this.values[id] = value;
  }
}
