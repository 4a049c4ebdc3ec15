import { Language } from '../model';
import { IntMap } from './intMap';
import { PostingLists, StoredLists } from './postingLists';
import { StoredTexts, TextColumn } from './textColumn';

export type PassageKind = 'title' | 'text' | 'extra';

const KINDS: readonly PassageKind[] = ['title', 'text', 'extra'];
const LANGUAGES: readonly Language[] = ['en', 'zh'];
const INITIAL_PASSAGES = 1024;
// Past this many candidates per list, reading a longer list costs more than checking each candidate's text.
const INTERSECT_RATIO = 8;
const NONE = new Int32Array(0);

/** A table as a file keeps it: its columns up to `capacity`, and its lists without retired sentences. */
export interface StoredPassages {
  readonly live: Uint8Array;
  readonly provisionOf: Int32Array;
  readonly kinds: Uint8Array;
  readonly texts: StoredTexts;
  readonly folded: StoredTexts;
  readonly lists: StoredLists;
  readonly unitLists: Int32Array;
  readonly pairLists: Int32Array;
}

/**
 * Every indexed sentence (a title, a sentence of text, a line of notes) under a number, its
 * columns in typed arrays, and for each character and each pair of adjacent characters of the
 * folded text the list of sentences that hold it. A phrase in any script, inside words and across
 * Chinese word boundaries, is found by reading the lists of its pairs, rarest first, and checking
 * the few candidates' text: no word segmentation, and no scan of the corpus.
 *
 * Sentences are only ever appended; a document's sentences are retired when it goes (queries skip
 * them) and the lists shed retired ones once they outnumber the rest.
 */
export class PassageTable {
  /** 1 for a sentence still indexed, by id. */
  live = new Uint8Array(INITIAL_PASSAGES);
  /** The provision's slot in the caller's table, by id. */
  provisionOf = new Int32Array(INITIAL_PASSAGES);
  private kinds = new Uint8Array(INITIAL_PASSAGES);
  /** What is matched (`foldForSearch`), and what is shown, by id. */
  private folded = new TextColumn();
  private texts = new TextColumn();
  private liveCount = 0;
  private retiredCount = 0;
  private lists = new PostingLists();
  /** UTF-16 unit → its list. */
  private readonly unitLists = new Int32Array(0x10000).fill(-1);
  private readonly unitLastIds = new Int32Array(0x10000).fill(-1);
  /** Two adjacent units, as `first << 16 | second` → their list. */
  private pairLists = new IntMap();

  /** Ids handed out so far: every id is below it. */
  get capacity(): number {
    return this.folded.length;
  }

  get size(): number {
    return this.liveCount;
  }

  add(provisionSlot: number, kind: PassageKind, language: Language, text: string, folded: string): number {
    const id = this.folded.length;
    if (id === this.live.length) {
      this.live = grown(this.live);
      this.provisionOf = grown(this.provisionOf);
      this.kinds = grown(this.kinds);
    }
    this.live[id] = 1;
    this.provisionOf[id] = provisionSlot;
    this.kinds[id] = KINDS.indexOf(kind) | (LANGUAGES.indexOf(language) << 2);
    this.folded.push(folded);
    this.texts.push(text);
    this.liveCount++;
    this.index(id, folded);
    return id;
  }

  /** The table for a file; retired sentences leave the lists first. */
  stored(): StoredPassages {
    const capacity = this.capacity;
    const lists = this.lists.stored(this.live);
    this.retiredCount = 0;
    const live = (id: number) => this.live[id] === 1;
    return {
      live: this.live.subarray(0, capacity),
      provisionOf: this.provisionOf.subarray(0, capacity),
      kinds: this.kinds.subarray(0, capacity),
      texts: this.texts.stored(live),
      folded: this.folded.stored(live),
      lists,
      unitLists: this.unitLists,
      pairLists: this.pairLists.stored,
    };
  }

  /**
   * The table a file kept, or undefined when it could not be one: columns of different lengths, a
   * kind or a list number out of range, or a live sentence of a provision slot not below `slots`.
   */
  static restore(stored: StoredPassages, slots: number): PassageTable | undefined {
    const texts = TextColumn.restore(stored.texts);
    const folded = TextColumn.restore(stored.folded);
    const lists = PostingLists.restore(stored.lists);
    const pairLists = lists && IntMap.restore(stored.pairLists, lists.size);
    const capacity = texts?.length ?? 0;
    if (!texts || !folded || !lists || !pairLists || [stored.live, stored.provisionOf, stored.kinds, folded].some((column) => column.length !== capacity) || stored.unitLists.length !== 0x10000) {
      return undefined;
    }
    let liveCount = 0;
    for (let id = 0; id < capacity; id++) {
      const live = stored.live[id];
      const kind = stored.kinds[id];
      if (live > 1 || (kind & 3) >= KINDS.length || kind >> 2 >= LANGUAGES.length || (live === 1 && (stored.provisionOf[id] < 0 || stored.provisionOf[id] >= slots))) {
        return undefined;
      }
      liveCount += live;
    }
    if (stored.unitLists.some((list) => list < -1 || list >= lists.size)) {
      return undefined;
    }
    const table = new PassageTable();
    const room = Math.max(INITIAL_PASSAGES, capacity);
    table.live = new Uint8Array(room);
    table.live.set(stored.live);
    table.provisionOf = new Int32Array(room);
    table.provisionOf.set(stored.provisionOf);
    table.kinds = new Uint8Array(room);
    table.kinds.set(stored.kinds);
    table.texts = texts;
    table.folded = folded;
    table.liveCount = liveCount;
    table.lists = lists;
    table.unitLists.set(stored.unitLists);
    table.pairLists = pairLists;
    return table;
  }

  /** Takes the sentences `first` up to `end` out of every answer. */
  retire(first: number, end: number): void {
    for (let id = first; id < end; id++) {
      if (this.live[id] === 1) {
        this.live[id] = 0;
        this.folded.clear(id);
        this.texts.clear(id);
        this.liveCount--;
        this.retiredCount++;
      }
    }
  }

  /** True once retired sentences outnumber the others in the lists: time to `compact`. */
  get crowded(): boolean {
    return this.retiredCount > this.liveCount;
  }

  /** Drops the retired sentences from the lists. */
  compact(): void {
    this.lists.compact(this.live);
    this.retiredCount = 0;
  }

  kind(id: number): PassageKind {
    return KINDS[this.kinds[id] & 3];
  }

  language(id: number): Language {
    return LANGUAGES[this.kinds[id] >> 2];
  }

  foldedText(id: number): string {
    return this.folded.at(id);
  }

  text(id: number): string {
    return this.texts.at(id);
  }

  /** The indexed sentences whose folded text holds `needle` (folded), in id order. */
  holding(needle: string): Int32Array {
    if (needle.length === 0) {
      return NONE;
    }
    if (needle.length === 1) {
      const list = this.unitLists[needle.charCodeAt(0)];
      return list < 0 ? NONE : this.lists.read(list, this.live);
    }
    const lists: number[] = [];
    for (let index = 0; index + 1 < needle.length; index++) {
      const list = this.pairLists.get(pairKey(needle, index));
      if (list < 0) {
        return NONE;
      }
      lists.push(list);
    }
    lists.sort((a, b) => this.lists.count(a) - this.lists.count(b));
    let candidates = this.lists.read(lists[0], this.live);
    for (const list of lists.slice(1)) {
      if (candidates.length === 0 || this.lists.count(list) > candidates.length * INTERSECT_RATIO) {
        break;
      }
      candidates = intersect(candidates, this.lists.read(list, this.live));
    }
    // A pair's list answers a two-character needle exactly; longer ones need their pairs in order.
    return needle.length === 2 ? candidates : candidates.filter((id) => this.folded.at(id).includes(needle));
  }

  /** Bytes of the character lists, for the bench. */
  get listBytes(): number {
    return this.lists.byteLength + this.unitLists.byteLength;
  }

  private index(id: number, folded: string): void {
    const lists = this.lists;
    for (let index = 0; index < folded.length; index++) {
      const unit = folded.charCodeAt(index);
      let list = this.unitLists[unit];
      if (list < 0) {
        list = lists.create();
        this.unitLists[unit] = list;
      }
      // A sentence repeats its common characters: each is listed once.
      if (this.unitLastIds[unit] !== id) {
        this.unitLastIds[unit] = id;
        lists.add(list, id);
      }
      if (index + 1 < folded.length) {
        const key = pairKey(folded, index);
        let pairList = this.pairLists.get(key);
        if (pairList < 0) {
          pairList = lists.create();
          this.pairLists.add(key, pairList);
        }
        lists.add(pairList, id);
      }
    }
    lists.endId();
  }
}

function pairKey(text: string, index: number): number {
  return (text.charCodeAt(index) << 16) | text.charCodeAt(index + 1);
}

/** The ids in both sorted lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const both = new Int32Array(Math.min(a.length, b.length));
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      both[count++] = a[i];
      i++;
      j++;
    } else if (a[i] < b[j]) {
      i++;
    } else {
      j++;
    }
  }
  return both.subarray(0, count);
}

function grown<T extends Uint8Array | Int32Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(array.length * 2);
  larger.set(array);
  return larger;
}
