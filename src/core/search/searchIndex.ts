import { Bilingual, Language, PolicyDocument, Provision, isProvisionNumber } from '../model';
import { parseProvisionRef } from '../reference';
import { containsHan } from './fold';
import { fuzzyScores } from './fuzzy';
import { IdScores } from './idScores';
import { FUZZY_FLOOR, Query, literalScore, prepareQuery } from './literal';
import { PassageTable, StoredPassages } from './passageTable';
import { Passage, extraPassages, provisionPassages } from './passages';
import { ProvisionRanking } from './ranking';
import { searchKey } from './searchKey';
import { StoredVocabulary, Vocabulary, WordMatches } from './vocabulary';

export interface SearchHit {
  readonly document: string;
  readonly provision: number;
  readonly title: Bilingual;
  /** 0 = best … 1. */
  readonly score: number;
  /** The title or sentence that matched best; absent when the query named the provision's number. */
  readonly match?: { readonly language: Language; readonly text: string };
}

/** What the index keeps of a provision: what a hit shows, and what its extra text is asked by. */
export type IndexedProvision = Pick<Provision, 'documentId' | 'number' | 'title'>;

/** Text a provision can also be found by (its tags and notes), one line per tag or note. */
export type ExtraText = (provision: IndexedProvision) => string;

/** One indexed document as a file keeps it (its provisions are the slots `firstSlot`… of `StoredIndex`). */
export interface StoredDocument {
  readonly id: string;
  readonly key: string;
  readonly rank: number;
  readonly firstSlot: number;
  readonly provisions: number;
  readonly ownIds: readonly [number, number];
  readonly extraIds: readonly [number, number];
}

/** The whole index as a file keeps it; by slot: each provision's number (-1 for an emptied slot; 10.001 for 第十条之一), two titles (English, Chinese) and extra text. */
export interface StoredIndex {
  readonly documents: readonly StoredDocument[];
  readonly nextRank: number;
  readonly numbers: Float64Array;
  readonly titles: readonly string[];
  readonly extraTexts: readonly string[];
  readonly passages: StoredPassages;
  readonly vocabulary: StoredVocabulary;
}

// Shorter queries are still being typed: fuzzy matches of one or two letters are noise.
const MIN_FUZZY_LENGTH = 3;
// A passage that matched only a weak part of the query is not worth showing.
const MAX_FUZZY_SCORE = 0.7;
// A title states what its provision is about, so a title that matches counts for a little more.
const FUZZY_TITLE_WEIGHT = 0.9;
// Orders provisions by document, then by number, in one number.
const PROVISIONS_PER_RANK = 2 ** 20;

// Answers kept for recent query words at most, counted in sentences: a common word matches tens of thousands.
const RECENT_MATCHES = 2_000_000;

interface IndexedDocument {
  /** `searchKey` of the document indexed. */
  readonly key: string;
  /** How many provisions it has. */
  readonly provisions: number;
  /** Position among the documents in the order they were first added: ties go to the earlier. */
  readonly rank: number;
  /** Its provisions' slots are `firstSlot`, `firstSlot + 1`…, in the order of the document's provisions. */
  readonly firstSlot: number;
  /** Ids of its titles and sentences, cut and folded once for the life of the document: `ownIds[0]` up to `ownIds[1]`. */
  readonly ownIds: readonly [number, number];
  /** Each provision's extra text as indexed, and the ids of the sentences cut from it. */
  readonly extraTexts: readonly string[];
  readonly extraIds: readonly [number, number];
}

/**
 * Finds provisions by number, title or text, in English and Chinese, tolerating typos, over a
 * corpus that grows one document at a time: adding, replacing or removing a document touches only
 * that document's entries.
 *
 * Titles and sentences that hold the query literally (folded for case and width) rank above the
 * rest, which are matched word by word with typos by Fuse's bitap (Chinese words, which have no
 * spelling to get wrong, by where they occur); each provision is scored by its best sentence.
 * Sentences are found through lists of the sentences holding each character pair
 * (`PassageTable`) and each word (`Vocabulary`), so a keystroke reads a few lists instead of the
 * corpus; its scratch space is typed arrays kept from query to query.
 */
export class SearchIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private passages = new PassageTable();
  private vocabulary = new Vocabulary();
  /** By slot; a removed document's slots are emptied. */
  private provisions: (IndexedProvision | undefined)[] = [];
  private readonly recent = new Map<string, WordMatches>();
  private recentMatches = 0;
  private nextRank = 0;
  private readonly scores = new IdScores();
  private readonly fuzzy = new IdScores();
  private readonly ranking = new ProvisionRanking();

  get documentCount(): number {
    return this.documents.size;
  }

  has(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  /** The ids of the documents indexed. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /**
   * Whether the document is indexed as it is: its provisions have the numbers, titles and texts
   * indexed (a library read again after another document was added, or an index read from a file,
   * need not index it again).
   */
  holds(document: PolicyDocument): boolean {
    return this.documents.get(document.id)?.key === searchKey(document);
  }

  /** Indexes a document, or indexes it again if it is there (keeping its place among the others). */
  add(document: PolicyDocument, extra?: ExtraText): void {
    const previous = this.documents.get(document.id);
    if (previous) {
      this.drop(previous);
    }
    const firstSlot = this.provisions.length;
    this.provisions.push(...document.provisions);
    const first = this.passages.capacity;
    document.provisions.forEach((provision, index) => {
      for (const passage of provisionPassages(provision)) {
        this.put(firstSlot + index, passage);
      }
    });
    const ownIds = [first, this.passages.capacity] as const;
    const extraTexts = document.provisions.map((provision) => extra?.(provision) ?? '');
    const key = searchKey(document);
    this.documents.set(document.id, { key, provisions: document.provisions.length, rank: previous?.rank ?? this.nextRank++, firstSlot, ownIds, ...this.putExtra(firstSlot, extraTexts) });
    this.changed();
  }

  /**
   * Reads a document's extra text again. Only when it changed is the document's extra text indexed
   * again; its own sentences stay as they are. Returns whether it changed.
   */
  updateExtra(documentId: string, extra: ExtraText): boolean {
    const indexed = this.documents.get(documentId);
    if (!indexed) {
      return false;
    }
    const texts = this.provisions.slice(indexed.firstSlot, indexed.firstSlot + indexed.provisions).map((provision) => extra(provision as IndexedProvision));
    if (texts.every((text, index) => text === indexed.extraTexts[index])) {
      return false;
    }
    this.passages.retire(...indexed.extraIds);
    this.documents.set(documentId, { ...indexed, ...this.putExtra(indexed.firstSlot, texts) });
    this.changed();
    return true;
  }

  remove(documentId: string): boolean {
    const indexed = this.documents.get(documentId);
    if (indexed) {
      this.drop(indexed);
      this.documents.delete(documentId);
      this.changed();
    }
    return indexed !== undefined;
  }

  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const prepared = prepareQuery(query);
    if (prepared.folded === '' || limit <= 0) {
      return [];
    }
    const ranking = this.ranking;
    ranking.reset(this.provisions.length);
    this.nameProvisions(query);
    const scores = this.scorePassages(prepared);
    for (let at = 0; at < scores.size; at++) {
      const id = scores.ids[at];
      ranking.add(this.passages.provisionOf[id], id, scores.get(id));
    }
    const order = (slot: number): number => {
      const provision = this.provisions[slot] as IndexedProvision;
      return (this.documents.get(provision.documentId)?.rank ?? 0) * PROVISIONS_PER_RANK + provision.number;
    };
    return ranking.best(limit, order).map(({ slot, score, passage }) => {
      const provision = this.provisions[slot] as IndexedProvision;
      return {
        document: provision.documentId,
        provision: provision.number,
        title: provision.title,
        score,
        ...(passage !== undefined && { match: { language: this.passages.language(passage), text: this.passages.text(passage) } }),
      };
    });
  }

  /** The index as a file keeps it; retired sentences leave the lists first. */
  stored(): StoredIndex {
    const passages = this.passages.stored();
    const vocabulary = this.vocabulary.stored(this.passages.live);
    const slots = this.provisions.length;
    const numbers = new Float64Array(slots).fill(-1);
    const titles = new Array<string>(2 * slots).fill('');
    const extraTexts = new Array<string>(slots).fill('');
    this.provisions.forEach((provision, slot) => {
      if (provision) {
        numbers[slot] = provision.number;
        titles[2 * slot] = provision.title.en;
        titles[2 * slot + 1] = provision.title.zh;
      }
    });
    const documents = [...this.documents].map(([id, indexed]): StoredDocument => {
      indexed.extraTexts.forEach((text, index) => {
        extraTexts[indexed.firstSlot + index] = text;
      });
      return { id, key: indexed.key, rank: indexed.rank, firstSlot: indexed.firstSlot, provisions: indexed.provisions, ownIds: indexed.ownIds, extraIds: indexed.extraIds };
    });
    return { documents, nextRank: this.nextRank, numbers, titles, extraTexts, passages, vocabulary };
  }

  /**
   * The index a file kept, or undefined when what it holds could not have been written by
   * `stored`: documents whose slots overlap or fall outside the table, sentence ids out of range, a
   * live sentence of no document's provision, or tables that fail their own checks.
   */
  static restore(stored: StoredIndex): SearchIndex | undefined {
    const slots = stored.numbers.length;
    if (stored.titles.length !== 2 * slots || stored.extraTexts.length !== slots || !Number.isInteger(stored.nextRank)) {
      return undefined;
    }
    const passages = PassageTable.restore(stored.passages, slots);
    const vocabulary = passages && Vocabulary.restore(stored.vocabulary);
    if (!passages || !vocabulary) {
      return undefined;
    }
    const index = new SearchIndex();
    const provisions = new Array<IndexedProvision | undefined>(slots).fill(undefined);
    const ids = (pair: readonly [number, number]) => Number.isInteger(pair[0]) && Number.isInteger(pair[1]) && pair[0] >= 0 && pair[0] <= pair[1] && pair[1] <= passages.capacity;
    for (const document of stored.documents) {
      const { id, firstSlot, provisions: count, rank } = document;
      const end = firstSlot + count;
      if (index.documents.has(id) || !Number.isInteger(firstSlot) || !Number.isInteger(count) || firstSlot < 0 || count < 0 || end > slots || !Number.isInteger(rank) || rank < 0 || rank >= stored.nextRank || !ids(document.ownIds) || !ids(document.extraIds)) {
        return undefined;
      }
      for (let slot = firstSlot; slot < end; slot++) {
        if (provisions[slot] || !isProvisionNumber(stored.numbers[slot])) {
          return undefined;
        }
        provisions[slot] = { documentId: id, number: stored.numbers[slot], title: { en: stored.titles[2 * slot], zh: stored.titles[2 * slot + 1] } };
      }
      const extraTexts = stored.extraTexts.slice(firstSlot, end);
      index.documents.set(id, { key: document.key, provisions: count, rank, firstSlot, ownIds: document.ownIds, extraTexts, extraIds: document.extraIds });
    }
    for (let id = 0; id < passages.capacity; id++) {
      if (passages.live[id] === 1 && !provisions[passages.provisionOf[id]]) {
        return undefined;
      }
    }
    index.passages = passages;
    index.vocabulary = vocabulary;
    index.provisions = provisions;
    index.nextRank = stored.nextRank;
    return index;
  }

  /** Bytes held by the lists of sentences per character pair: the bulk of the index besides the text. */
  get listBytes(): number {
    return this.passages.listBytes;
  }

  private put(slot: number, passage: Passage): void {
    const id = this.passages.add(slot, passage.kind, passage.language, passage.text, passage.folded);
    this.vocabulary.add(id, passage.folded);
  }

  private putExtra(firstSlot: number, extraTexts: readonly string[]): Pick<IndexedDocument, 'extraTexts' | 'extraIds'> {
    const first = this.passages.capacity;
    extraTexts.forEach((text, index) => {
      if (text) {
        for (const passage of extraPassages(text)) {
          this.put(firstSlot + index, passage);
        }
      }
    });
    return { extraTexts, extraIds: [first, this.passages.capacity] };
  }

  /** Takes a document's sentences and provisions out of every answer. */
  private drop(indexed: IndexedDocument): void {
    this.passages.retire(...indexed.ownIds);
    this.passages.retire(...indexed.extraIds);
    this.provisions.fill(undefined, indexed.firstSlot, indexed.firstSlot + indexed.provisions);
  }

  private changed(): void {
    if (this.passages.crowded) {
      this.passages.compact();
      this.vocabulary.compact(this.passages.live);
    }
    this.recent.clear();
    this.recentMatches = 0;
  }

  /** "15", "p15", "¶15" or "<document>#15" names a provision outright: it comes first. */
  private nameProvisions(query: string): void {
    const ref = parseProvisionRef(query);
    if (!ref) {
      return;
    }
    if (!isProvisionNumber(ref.number)) {
      return;
    }
    for (const [id, { firstSlot, provisions }] of this.documents) {
      if ((ref.documentId ?? id) !== id) {
        continue;
      }
      // Provisions numbered 1, 2… sit at their number; inserted articles (第十条之一) are looked for.
      const guess = firstSlot + ref.number - 1;
      const slot = guess < firstSlot + provisions && this.provisions[guess]?.number === ref.number ? guess : this.findSlot(firstSlot, provisions, ref.number);
      if (slot >= 0) {
        this.ranking.name(slot);
      }
    }
  }

  private findSlot(firstSlot: number, provisions: number, number: number): number {
    for (let slot = firstSlot; slot < firstSlot + provisions; slot++) {
      if (this.provisions[slot]?.number === number) {
        return slot;
      }
    }
    return -1;
  }

  /** Every sentence that matches, with its score: literal where it holds the query, else fuzzy. */
  private scorePassages(query: Query): IdScores {
    const { passages, scores } = this;
    scores.reset(passages.capacity);
    for (const id of this.literalCandidates(query)) {
      const score = literalScore(passages.foldedText(id), passages.kind(id) === 'title', query);
      if (score !== undefined) {
        scores.set(id, score);
      }
    }
    if (query.folded.length < MIN_FUZZY_LENGTH) {
      return scores;
    }
    const perWord = [...new Set(query.words)].map((word) => this.passagesLike(word));
    fuzzyScores(perWord, passages.size, passages.capacity, MAX_FUZZY_SCORE / FUZZY_TITLE_WEIGHT, this.fuzzy);
    for (let at = 0; at < this.fuzzy.size; at++) {
      const id = this.fuzzy.ids[at];
      const score = this.fuzzy.get(id);
      if (score <= MAX_FUZZY_SCORE && !scores.has(id)) {
        // Squeezed into [FUZZY_FLOOR, 1] so that literal matches always rank first.
        const weighted = passages.kind(id) === 'title' ? score * FUZZY_TITLE_WEIGHT : score;
        scores.set(id, FUZZY_FLOOR + (1 - FUZZY_FLOOR) * weighted);
      }
    }
    return scores;
  }

  /**
   * Sentences among which are all that hold the query or every one of its words. Those hold each
   * query word, so they are among the sentences like that word: the fewest of those, when the
   * fuzzy search will look the words up anyway; else those that hold the longest word.
   */
  private literalCandidates(query: Query): Int32Array {
    if (query.words.length === 0) {
      return this.passages.holding(query.folded);
    }
    if (query.folded.length >= MIN_FUZZY_LENGTH) {
      return [...new Set(query.words)].map((word) => this.passagesLike(word).ids).reduce((fewest, like) => (like.length < fewest.length ? like : fewest));
    }
    return this.passages.holding(query.words.length > 1 ? query.words.reduce((longest, word) => (word.length > longest.length ? word : longest)) : query.folded);
  }

  /**
   * The sentences holding a word like the query word, scored as Fuse scores the match (0 = exact).
   * A Chinese word is matched where it occurs: within a Chinese word a typo makes another word,
   * which the query's other words outvote ("网络扶贫行动计画" still finds 网络扶贫行动计划).
   */
  private passagesLike(word: string): WordMatches {
    let matches = this.recent.get(word);
    if (!matches) {
      matches = containsHan(word) ? { ids: this.passages.holding(word) } : this.vocabulary.passagesLike(word, this.passages.live);
      if (this.recentMatches + matches.ids.length > RECENT_MATCHES) {
        this.recent.clear();
        this.recentMatches = 0;
      }
      this.recent.set(word, matches);
      this.recentMatches += matches.ids.length;
    }
    return matches;
  }
}
