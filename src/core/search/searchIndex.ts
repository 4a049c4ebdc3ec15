import { Bilingual, Language, PolicyDocument, Provision, findProvision } from '../model';
import { parseProvisionRef } from '../reference';
import { containsHan } from './fold';
import { fuzzyScores } from './fuzzy';
import { FUZZY_FLOOR, Query, literalScore, prepareQuery } from './literal';
import { Passage, extraPassages, provisionPassages } from './passages';
import { Best, bestProvisions, collapse } from './ranking';
import { ScannableText } from './scannableText';
import { Vocabulary } from './vocabulary';

export interface SearchHit {
  readonly document: string;
  readonly provision: number;
  readonly title: Bilingual;
  /** 0 = best … 1. */
  readonly score: number;
  /** The title or sentence that matched best; absent when the query named the provision's number. */
  readonly match?: { readonly language: Language; readonly text: string };
}

/** Text a provision can also be found by (its tags and notes), one line per tag or note. */
export type ExtraText = (provision: Provision) => string;

// Shorter queries are still being typed: fuzzy matches of one or two letters are noise.
const MIN_FUZZY_LENGTH = 3;
// A passage that matched only a weak part of the query is not worth showing.
const MAX_FUZZY_SCORE = 0.7;
// A title states what its provision is about, so a title that matches counts for a little more.
const FUZZY_TITLE_WEIGHT = 0.9;
// Answers for the words of recent queries: while a query is typed, only its last word changes.
const RECENT_WORDS = 256;
// Orders provisions by document, then by number, in one number.
const PROVISIONS_PER_RANK = 2 ** 20;

interface IndexedDocument {
  readonly document: PolicyDocument;
  /** Position among the documents in the order they were first added: ties go to the earlier. */
  readonly rank: number;
  /** Titles and sentences, cut and folded once for the life of the document. */
  readonly own: readonly Passage[];
  /** Each provision's extra text as indexed, and the passages cut from it. */
  readonly extraTexts: readonly string[];
  readonly extra: readonly Passage[];
  readonly scannable: ScannableText;
}

/**
 * Finds provisions by number, title or text, in English and Chinese, tolerating typos, over a
 * corpus that grows one document at a time: adding, replacing or removing a document touches only
 * that document's entries.
 *
 * Titles and sentences that hold the query literally (folded for case and width) rank above the
 * rest, which are matched word by word with typos by Fuse's bitap (Chinese words, which have no
 * spelling to get wrong, by where they occur); each provision is scored by its best passage.
 */
export class SearchIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  private readonly vocabulary = new Vocabulary();
  private readonly recent = new Map<string, ReadonlyMap<Passage, number>>();
  private passageCount = 0;
  private nextRank = 0;

  get documentCount(): number {
    return this.documents.size;
  }

  has(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  /** Indexes a document, or indexes it again if it is there (keeping its place among the others). */
  add(document: PolicyDocument, extra?: ExtraText): void {
    const previous = this.documents.get(document.id);
    if (previous) {
      this.drop(previous, [...previous.own, ...previous.extra]);
    }
    const own = document.provisions.flatMap(provisionPassages);
    this.vocabulary.add(own);
    this.passageCount += own.length;
    this.put(document, previous?.rank ?? this.nextRank++, own, document.provisions.map((provision) => extra?.(provision) ?? ''));
  }

  /**
   * Reads a document's extra text again. Only when it changed is the document indexed again, and
   * then from the sentences already cut. Returns whether it changed.
   */
  updateExtra(documentId: string, extra: ExtraText): boolean {
    const indexed = this.documents.get(documentId);
    if (!indexed) {
      return false;
    }
    const texts = indexed.document.provisions.map(extra);
    if (texts.every((text, index) => text === indexed.extraTexts[index])) {
      return false;
    }
    this.drop(indexed, indexed.extra);
    this.put(indexed.document, indexed.rank, indexed.own, texts);
    return true;
  }

  remove(documentId: string): boolean {
    const indexed = this.documents.get(documentId);
    if (indexed) {
      this.drop(indexed, [...indexed.own, ...indexed.extra]);
    }
    return indexed !== undefined;
  }

  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const prepared = prepareQuery(query);
    if (prepared.folded === '' || limit <= 0) {
      return [];
    }
    const best = this.numbered(query);
    collapse(this.scorePassages(prepared), best);
    const order = (provision: Provision): number => (this.documents.get(provision.documentId)?.rank ?? 0) * PROVISIONS_PER_RANK + provision.number;
    return bestProvisions(best, limit, order).map(([provision, { score, passage }]) => ({
      document: provision.documentId,
      provision: provision.number,
      title: provision.title,
      score,
      ...(passage && { match: { language: passage.language, text: passage.text } }),
    }));
  }

  private put(document: PolicyDocument, rank: number, own: readonly Passage[], extraTexts: readonly string[]): void {
    const extra = document.provisions.flatMap((provision, index) => (extraTexts[index] ? extraPassages(provision, extraTexts[index]) : []));
    this.vocabulary.add(extra);
    this.passageCount += extra.length;
    this.documents.set(document.id, { document, rank, own, extraTexts, extra, scannable: new ScannableText([...own, ...extra]) });
    this.recent.clear();
  }

  /** Takes a document out, with `passages` (all of its passages, or its extra ones) out of the vocabulary. */
  private drop(indexed: IndexedDocument, passages: readonly Passage[]): void {
    this.vocabulary.remove(passages);
    this.passageCount -= passages.length;
    this.documents.delete(indexed.document.id);
    this.recent.clear();
  }

  /** "15", "p15", "¶15" or "<document>#15" names a provision outright: it comes first. */
  private numbered(query: string): Map<Provision, Best> {
    const best = new Map<Provision, Best>();
    const ref = parseProvisionRef(query);
    if (!ref) {
      return best;
    }
    for (const { document } of this.documents.values()) {
      const provision = (ref.documentId ?? document.id) === document.id && findProvision(document, ref.number);
      if (provision) {
        best.set(provision, { score: 0, literalPassages: 0, matchedPassages: 0 });
      }
    }
    return best;
  }

  /** Every passage that matches, with its score: literal where it holds the query, else fuzzy. */
  private scorePassages(query: Query): Map<Passage, number> {
    const scores = new Map<Passage, number>();
    for (const passage of this.literalCandidates(query)) {
      const score = literalScore(passage, query);
      if (score !== undefined) {
        scores.set(passage, score);
      }
    }
    if (query.folded.length < MIN_FUZZY_LENGTH) {
      return scores;
    }
    for (const [passage, score] of fuzzyScores((word) => this.passagesLike(word), query.words, this.passageCount, MAX_FUZZY_SCORE / FUZZY_TITLE_WEIGHT)) {
      if (score <= MAX_FUZZY_SCORE && !scores.has(passage)) {
        // Squeezed into [FUZZY_FLOOR, 1] so that literal matches always rank first.
        const weighted = passage.kind === 'title' ? score * FUZZY_TITLE_WEIGHT : score;
        scores.set(passage, FUZZY_FLOOR + (1 - FUZZY_FLOOR) * weighted);
      }
    }
    return scores;
  }

  /**
   * Passages among which are all that hold the query or every one of its words. Those hold each
   * query word, so they are among the passages like that word: the fewest of those, when the
   * fuzzy search will look the words up anyway; else those that hold the longest word.
   */
  private literalCandidates(query: Query): Iterable<Passage> {
    if (query.words.length === 0) {
      return this.passagesHolding(query.folded);
    }
    if (query.folded.length >= MIN_FUZZY_LENGTH) {
      return [...new Set(query.words)].map((word) => this.passagesLike(word)).reduce((fewest, like) => (like.size < fewest.size ? like : fewest)).keys();
    }
    return this.passagesHolding(query.words.length > 1 ? query.words.reduce((longest, word) => (word.length > longest.length ? word : longest)) : query.folded);
  }

  /** Passages that hold `needle` (folded), document by document, skipping those that cannot. */
  private passagesHolding(needle: string): Passage[] {
    const found: Passage[] = [];
    for (const { scannable } of this.documents.values()) {
      if (scannable.mayHold(needle)) {
        found.push(...scannable.passagesHolding(needle));
      }
    }
    return found;
  }

  /**
   * The passages holding a word like the query word, scored as Fuse scores the match (0 = exact).
   * A Chinese word is matched where it occurs: within a Chinese word a typo makes another word,
   * which the query's other words outvote ("网络扶贫行动计画" still finds 网络扶贫行动计划).
   */
  private passagesLike(word: string): ReadonlyMap<Passage, number> {
    let scores = this.recent.get(word);
    if (!scores) {
      if (this.recent.size >= RECENT_WORDS) {
        this.recent.clear();
      }
      scores = containsHan(word) ? new Map(this.passagesHolding(word).map((passage) => [passage, 0])) : this.vocabulary.passagesLike(word);
      this.recent.set(word, scores);
    }
    return scores;
  }
}
