const INITIAL_LISTS = 1024;
// Ids added are written in batches of this many, grouped by list: writing each as it comes would
// touch a different list at every character, which costs several times more.
const BATCH = 1 << 18;
// A list is read from every segment: past this many, the two smallest neighbours are merged.
const MAX_SEGMENTS = 128;

/**
 * One batch of ids as written: the lists it holds, in order, and each one's ids as differences in
 * variable-length bytes (7 bits a byte) from `starts[i]` to `starts[i + 1]`.
 */
interface Segment {
  readonly lists: Int32Array;
  readonly starts: Int32Array;
  readonly bytes: Uint8Array;
  readonly ids: number;
}

/** Lists as a file keeps them: one segment (written by `stored`, after dropping the ids not live) and each list's count. */
export interface StoredLists {
  readonly counts: Int32Array;
  readonly lists: Int32Array;
  readonly starts: Int32Array;
  readonly bytes: Uint8Array;
}

/**
 * Lists of increasing ids, one per list number, compressed: ids that come close together, as a
 * common character's sentences do, cost one byte each. An id is listed at most once per list (a
 * sentence that holds a character pair ten times is listed once).
 *
 * The ids are written in segments, one per batch, each three typed arrays whatever the number of
 * lists it holds (a corpus of laws has two hundred thousand distinct character pairs, most of them
 * rare: an array per list would cost more than the ids). A list is read from every segment in
 * turn; the two smallest neighbouring segments are merged when there are too many.
 */
export class PostingLists {
  private segments: Segment[] = [];
  /** How many ids each list holds. */
  private counts = new Int32Array(INITIAL_LISTS);
  private lists = 0;
  /** Added and not yet written: list and id, in the order added. */
  // Grown as needed: a search of one document needs a few kilobytes, a corpus a batch.
  private pendingLists = new Int32Array(INITIAL_LISTS);
  private pendingIds = new Int32Array(INITIAL_LISTS);
  private pending = 0;

  get size(): number {
    return this.lists;
  }

  /** A new, empty list; its number. */
  create(): number {
    if (this.lists === this.counts.length) {
      this.counts = grown(this.counts);
    }
    return this.lists++;
  }

  /**
   * Lists `id` in `list` (once, however often it is added); ids added to a list must not decrease.
   * Every id added between two calls of `endId` (or reads) must be added before the next.
   */
  add(list: number, id: number): void {
    if (this.pending === this.pendingIds.length) {
      this.pendingLists = grown(this.pendingLists);
      this.pendingIds = grown(this.pendingIds);
    }
    this.pendingLists[this.pending] = list;
    this.pendingIds[this.pending++] = id;
  }

  /** The caller has added every list of an id: the batch may be written now, with no id cut in two. */
  endId(): void {
    if (this.pending >= BATCH) {
      this.flush();
    }
  }

  /** Ids in the list, including any the caller has since retired. */
  count(list: number): number {
    this.flush();
    return this.counts[list];
  }

  /** The list's ids, in order, those not `live` left out. */
  read(list: number, live: Uint8Array): Int32Array {
    this.flush();
    const ids = new Int32Array(this.count(list));
    let kept = 0;
    for (const segment of this.segments) {
      const at = indexIn(segment.lists, list);
      if (at >= 0) {
        decode(segment, at, (id) => {
          if (live[id] === 1) {
            ids[kept++] = id;
          }
        });
      }
    }
    return kept === ids.length ? ids : ids.slice(0, kept);
  }

  /** Rewrites the lists as one segment without the ids not `live`. */
  compact(live: Uint8Array): void {
    this.flush();
    const everything = this.merge(this.segments, live);
    this.segments = everything.ids > 0 ? [everything] : [];
    this.counts.fill(0);
    everything.lists.forEach((list, at) => {
      decode(everything, at, () => this.counts[list]++);
    });
  }

  /** The lists as one segment without the ids not `live`, for a file. */
  stored(live: Uint8Array): StoredLists {
    this.compact(live);
    const segment = this.segments[0] ?? { lists: new Int32Array(0), starts: new Int32Array(1), bytes: new Uint8Array(0) };
    return { counts: this.counts.subarray(0, this.lists), lists: segment.lists, starts: segment.starts, bytes: segment.bytes };
  }

  /**
   * The lists a file kept, or undefined when they are not lists this class could have written:
   * list numbers out of order or of range, offsets outside the bytes, more ids counted than a list
   * has bytes (each id takes one at least). Ids are not decoded here: `read` leaves out any the
   * caller does not hold live, so a wrong one costs a wrong answer, never a crash.
   */
  static restore(stored: StoredLists): PostingLists | undefined {
    const { counts, lists, starts, bytes } = stored;
    if (starts.length !== lists.length + 1 || starts[0] !== 0 || starts[lists.length] !== bytes.length) {
      return undefined;
    }
    const listed = new Uint8Array(counts.length);
    for (let at = 0; at < lists.length; at++) {
      const list = lists[at];
      if (list < 0 || list >= counts.length || (at > 0 && list <= lists[at - 1]) || starts[at + 1] < starts[at] || counts[list] > starts[at + 1] - starts[at]) {
        return undefined;
      }
      listed[list] = 1;
    }
    if (counts.some((count, list) => count < 0 || (count > 0 && listed[list] === 0))) {
      return undefined;
    }
    const restored = new PostingLists();
    restored.lists = counts.length;
    restored.counts = counts.length > 0 ? counts.slice() : new Int32Array(INITIAL_LISTS);
    const ids = counts.reduce((sum, count) => sum + count, 0);
    restored.segments = lists.length > 0 ? [{ lists: lists.slice(), starts: starts.slice(), bytes: bytes.slice(), ids }] : [];
    return restored;
  }

  /** Bytes held by the lists: what the bench reports. */
  get byteLength(): number {
    this.flush();
    return this.segments.reduce((sum, { lists, starts, bytes }) => sum + lists.byteLength + starts.byteLength + bytes.byteLength, 0) + this.counts.byteLength;
  }

  /** Writes the ids added since the last flush as a segment. */
  private flush(): void {
    if (this.pending === 0) {
      return;
    }
    const { pendingLists, pendingIds, pending } = this;
    // A counting sort by list, which keeps each list's ids in the order added.
    const starts = new Int32Array(this.lists + 1);
    for (let index = 0; index < pending; index++) {
      starts[pendingLists[index] + 1]++;
    }
    let held = 0;
    for (let list = 1; list <= this.lists; list++) {
      held += starts[list] > 0 ? 1 : 0;
      starts[list] += starts[list - 1];
    }
    const grouped = new Int32Array(pending);
    const next = starts.slice(0, this.lists);
    for (let index = 0; index < pending; index++) {
      grouped[next[pendingLists[index]]++] = pendingIds[index];
    }
    // Written here rather than through SegmentWriter: this loop runs once per character of the corpus.
    const lists = new Int32Array(held);
    const listStarts = new Int32Array(held + 1);
    const bytes = new Uint8Array(pending * 5);
    const counts = this.counts;
    let listCount = 0;
    let used = 0;
    let ids = 0;
    for (let list = 0; list < this.lists; list++) {
      const end = starts[list + 1];
      if (end > starts[list]) {
        listStarts[listCount] = used;
        lists[listCount++] = list;
        let last = -1;
        for (let index = starts[list]; index < end; index++) {
          const id = grouped[index];
          // A sentence that holds a pair twice added it twice, one after the other.
          if (id !== last) {
            let delta = id - last;
            last = id;
            while (delta >= 0x80) {
              bytes[used++] = (delta & 0x7f) | 0x80;
              delta >>>= 7;
            }
            bytes[used++] = delta;
            counts[list]++;
            ids++;
          }
        }
      }
    }
    listStarts[listCount] = used;
    this.pending = 0;
    this.segments.push({ lists, starts: listStarts, bytes: bytes.slice(0, used), ids });
    if (this.segments.length > MAX_SEGMENTS) {
      this.mergeSmallestNeighbours();
    }
  }

  private mergeSmallestNeighbours(): void {
    let smallest = 0;
    for (let at = 1; at + 1 < this.segments.length; at++) {
      if (this.segments[at].ids + this.segments[at + 1].ids < this.segments[smallest].ids + this.segments[smallest + 1].ids) {
        smallest = at;
      }
    }
    this.segments.splice(smallest, 2, this.merge(this.segments.slice(smallest, smallest + 2)));
  }

  /** One segment holding the lists of `segments`, in order, only `live` ids when given. */
  private merge(segments: readonly Segment[], live?: Uint8Array): Segment {
    const lists = [...new Set(segments.flatMap((segment) => [...segment.lists]))].sort((a, b) => a - b);
    const writer = new SegmentWriter(lists.length, segments.reduce((sum, segment) => sum + segment.ids, 0));
    for (const list of lists) {
      writer.list(list);
      for (const segment of segments) {
        const at = indexIn(segment.lists, list);
        if (at >= 0) {
          decode(segment, at, (id) => {
            if (!live || live[id] === 1) {
              writer.id(id);
            }
          });
        }
      }
    }
    return writer.done();
  }
}

/** Writes a segment list by list, each list's ids in increasing order. */
class SegmentWriter {
  private readonly lists: Int32Array;
  private readonly starts: Int32Array;
  private bytes: Uint8Array;
  private listCount = 0;
  private used = 0;
  private ids = 0;
  private last = -1;

  constructor(lists: number, ids: number) {
    this.lists = new Int32Array(lists);
    this.starts = new Int32Array(lists + 1);
    // Most differences take one or two bytes; more room is made if they do not.
    this.bytes = new Uint8Array(ids * 2 + 16);
  }

  list(list: number): void {
    this.starts[this.listCount] = this.used;
    this.lists[this.listCount++] = list;
    this.last = -1;
  }

  id(id: number): void {
    if (this.used + 5 > this.bytes.length) {
      const larger = new Uint8Array(this.bytes.length * 2);
      larger.set(this.bytes);
      this.bytes = larger;
    }
    const bytes = this.bytes;
    let delta = id - this.last;
    this.last = id;
    this.ids++;
    while (delta >= 0x80) {
      bytes[this.used++] = (delta & 0x7f) | 0x80;
      delta >>>= 7;
    }
    bytes[this.used++] = delta;
  }

  done(): Segment {
    this.starts[this.listCount] = this.used;
    return {
      lists: this.lists.subarray(0, this.listCount),
      starts: this.starts.subarray(0, this.listCount + 1),
      bytes: this.bytes.slice(0, this.used),
      ids: this.ids,
    };
  }
}

/** Calls `each` with the ids of the segment's `at`-th list, in order. */
function decode(segment: Segment, at: number, each: (id: number) => void): void {
  const { bytes } = segment;
  const end = segment.starts[at + 1];
  let id = -1;
  for (let offset = segment.starts[at]; offset < end; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++];
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte >= 0x80);
    id += delta;
    each(id);
  }
}

/** Where `list` is in the sorted `lists`, or -1. */
function indexIn(lists: Int32Array, list: number): number {
  let low = 0;
  let high = lists.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (lists[middle] < list) {
      low = middle + 1;
    } else if (lists[middle] > list) {
      high = middle - 1;
    } else {
      return middle;
    }
  }
  return -1;
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}
