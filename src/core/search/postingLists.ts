const INITIAL_BYTES = 8;
const INITIAL_LISTS = 1024;

// Ids added are grouped by list in batches of this many before they are written: writing them as
// they come touches a different list at every character, which costs several times more.
const BATCH = 1 << 18;

/**
 * Lists of increasing ids, one per list number, each stored as the differences between its ids
 * in variable-length bytes (7 bits a byte): ids that come close together, as a common character's
 * sentences do, cost one byte each. An id is listed at most once per list (a sentence that holds a
 * character pair ten times is listed once), so the lists grow as the corpus is added and are read
 * back whole.
 */
export class PostingLists {
  private bytes: Uint8Array[] = [];
  private used = new Int32Array(INITIAL_LISTS);
  private counts = new Int32Array(INITIAL_LISTS);
  private lastIds = new Int32Array(INITIAL_LISTS).fill(-1);
  /** Added and not yet written: list and id, in the order added. */
  private readonly pendingLists = new Int32Array(BATCH);
  private readonly pendingIds = new Int32Array(BATCH);
  private pending = 0;
  private readonly grouped = new Int32Array(BATCH);
  private starts = new Int32Array(INITIAL_LISTS + 1);

  get size(): number {
    return this.bytes.length;
  }

  /** A new, empty list; its number. */
  create(): number {
    const list = this.bytes.length;
    if (list === this.counts.length) {
      this.used = grown(this.used, 0);
      this.counts = grown(this.counts, 0);
      this.lastIds = grown(this.lastIds, -1);
    }
    this.bytes.push(new Uint8Array(INITIAL_BYTES));
    return list;
  }

  /** Lists `id` in `list`; ids added to a list must not decrease. */
  add(list: number, id: number): void {
    if (this.pending === BATCH) {
      this.flush();
    }
    this.pendingLists[this.pending] = list;
    this.pendingIds[this.pending++] = id;
  }

  /** Ids in the list, including any the caller has since retired. */
  count(list: number): number {
    this.flush();
    return this.counts[list];
  }

  /** Writes the ids added since the last flush, grouped by list (a counting sort, which keeps their order). */
  private flush(): void {
    const size = this.bytes.length;
    const { pendingLists, pendingIds, grouped } = this;
    if (this.pending === 0) {
      return;
    }
    if (this.starts.length < size + 1) {
      this.starts = new Int32Array(this.counts.length + 1);
    }
    const starts = this.starts;
    starts.fill(0, 0, size + 1);
    for (let index = 0; index < this.pending; index++) {
      starts[pendingLists[index] + 1]++;
    }
    for (let list = 1; list <= size; list++) {
      starts[list] += starts[list - 1];
    }
    for (let index = 0; index < this.pending; index++) {
      grouped[starts[pendingLists[index]]++] = pendingIds[index];
    }
    // Each start has moved to its group's end, which is where the next group starts.
    let start = 0;
    for (let list = 0; list < size; list++) {
      if (starts[list] > start) {
        this.append(list, grouped, start, starts[list]);
        start = starts[list];
      }
    }
    this.pending = 0;
  }

  /** Appends `ids[from]` up to `ids[to]`, each unless it is the list's last id already; ids must not decrease. */
  private append(list: number, ids: Int32Array, from = 0, to = ids.length): void {
    let bytes = this.bytes[list];
    let at = this.used[list];
    if (at + (to - from) * 5 > bytes.length) {
      const larger = new Uint8Array(Math.max(bytes.length * 2, at + (to - from) * 5));
      larger.set(bytes);
      bytes = larger;
      this.bytes[list] = larger;
    }
    let last = this.lastIds[list];
    let count = this.counts[list];
    for (let index = from; index < to; index++) {
      const id = ids[index];
      let delta = id - last;
      if (delta === 0) {
        continue;
      }
      last = id;
      count++;
      while (delta >= 0x80) {
        bytes[at++] = (delta & 0x7f) | 0x80;
        delta >>>= 7;
      }
      bytes[at++] = delta;
    }
    this.lastIds[list] = last;
    this.counts[list] = count;
    this.used[list] = at;
  }

  /** The list's ids, in order, those not `live` left out. */
  read(list: number, live: Uint8Array): Int32Array {
    this.flush();
    const ids = new Int32Array(this.counts[list]);
    const bytes = this.bytes[list];
    const end = this.used[list];
    let kept = 0;
    let id = -1;
    for (let at = 0; at < end; ) {
      let delta = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[at++];
        delta |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte >= 0x80);
      id += delta;
      if (live[id] === 1) {
        ids[kept++] = id;
      }
    }
    return kept === ids.length ? ids : ids.slice(0, kept);
  }

  /** Rewrites every list without the ids not `live`, trimming the space they held. */
  compact(live: Uint8Array): void {
    this.flush();
    for (let list = 0; list < this.bytes.length; list++) {
      const ids = this.read(list, live);
      this.bytes[list] = new Uint8Array(Math.max(INITIAL_BYTES, this.used[list] + 5));
      this.used[list] = 0;
      this.counts[list] = 0;
      this.lastIds[list] = -1;
      this.append(list, ids);
      this.bytes[list] = this.bytes[list].slice(0, Math.max(INITIAL_BYTES, this.used[list] + 5));
    }
  }

  /** Bytes held by the lists: what the bench reports. */
  get byteLength(): number {
    this.flush();
    return this.bytes.reduce((sum, bytes) => sum + bytes.length, 0) + this.used.byteLength * 3;
  }
}

function grown(array: Int32Array, fill: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2).fill(fill);
  larger.set(array);
  return larger;
}
