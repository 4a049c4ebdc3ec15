import { Bilingual, Language, PolicyDocument, Provision, findProvision } from '../model';
import { parseProvisionRef } from '../reference';
import { fuzzyScores } from './fuzzy';
import { FUZZY_FLOOR, Query, literalScore, prepareQuery } from './literal';
import { Passage, documentPassages } from './passages';
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

// Shorter queries are still being typed: fuzzy matches of one or two letters are noise.
const MIN_FUZZY_LENGTH = 3;
// A passage that matched only a weak part of the query is not worth showing.
const MAX_FUZZY_SCORE = 0.7;
// A title states what its provision is about, so a title that matches counts for a little more.
const FUZZY_TITLE_WEIGHT = 0.9;

interface Index {
  readonly passages: readonly Passage[];
  readonly vocabulary: Vocabulary;
  /** Position in the documents, for ties. */
  readonly order: ReadonlyMap<Provision, number>;
}

interface Best {
  score: number;
  passage?: Passage;
  /** Passages that hold the query literally, then passages that match at all: they break ties. */
  literalPassages: number;
  matchedPassages: number;
}

/**
 * Finds provisions by number, title or text, in English and Chinese, tolerating typos.
 * Titles and sentences that hold the query literally (folded for case and width) rank above the
 * rest, which are matched word by word with typos by Fuse's bitap; each provision is scored by its
 * best passage. The index is built on the first search and `extra` is read then, so make a new
 * ProvisionSearch when the extra text changes.
 */
export class ProvisionSearch {
  private index: Index | undefined;

  constructor(
    private readonly documents: readonly PolicyDocument[],
    private readonly extra?: (provision: Provision) => string,
  ) {}

  search(query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
    const prepared = prepareQuery(query);
    if (prepared.folded === '' || limit <= 0) {
      return [];
    }
    const index = (this.index ??= this.buildIndex());
    const best = this.numbered(query);
    collapse(scorePassages(index, prepared), best);
    const order = (provision: Provision): number => index.order.get(provision) ?? 0;
    return [...best.entries()]
      .sort(([a, x], [b, y]) => compareBest(x, y) || order(a) - order(b))
      .slice(0, limit)
      .map(([provision, { score, passage }]) => ({
        document: provision.documentId,
        provision: provision.number,
        title: provision.title,
        score,
        ...(passage && { match: { language: passage.language, text: passage.text } }),
      }));
  }

  /** "15", "p15", "¶15" or "<document>#15" names a provision outright: it comes first. */
  private numbered(query: string): Map<Provision, Best> {
    const best = new Map<Provision, Best>();
    const ref = parseProvisionRef(query);
    for (const document of this.documents) {
      const provision = ref && (ref.documentId ?? document.id) === document.id && findProvision(document, ref.number);
      if (provision) {
        best.set(provision, { score: 0, literalPassages: 0, matchedPassages: 0 });
      }
    }
    return best;
  }

  private buildIndex(): Index {
    const passages = this.documents.flatMap((document) => documentPassages(document, this.extra));
    const provisions = this.documents.flatMap((document) => document.provisions);
    return { passages, vocabulary: new Vocabulary(passages), order: new Map(provisions.map((provision, position) => [provision, position])) };
  }
}

/** Every passage that matches, with its score: literal where it holds the query, else fuzzy. */
function scorePassages(index: Index, query: Query): Map<Passage, number> {
  const scores = new Map<Passage, number>();
  for (const passage of index.passages) {
    const score = literalScore(passage, query);
    if (score !== undefined) {
      scores.set(passage, score);
    }
  }
  if (query.folded.length < MIN_FUZZY_LENGTH) {
    return scores;
  }
  for (const [passage, score] of fuzzyScores(index.vocabulary, query.words, index.passages.length)) {
    if (score <= MAX_FUZZY_SCORE && !scores.has(passage)) {
      // Squeezed into [FUZZY_FLOOR, 1] so that literal matches always rank first.
      const weighted = passage.kind === 'title' ? score * FUZZY_TITLE_WEIGHT : score;
      scores.set(passage, FUZZY_FLOOR + (1 - FUZZY_FLOOR) * weighted);
    }
  }
  return scores;
}

/** Each provision keeps its best passage and counts the others. */
function collapse(scores: ReadonlyMap<Passage, number>, best: Map<Provision, Best>): void {
  for (const [passage, score] of scores) {
    let entry = best.get(passage.provision);
    if (!entry) {
      entry = { score, passage, literalPassages: 0, matchedPassages: 0 };
      best.set(passage.provision, entry);
    } else if (score < entry.score) {
      entry.score = score;
      entry.passage = passage;
    }
    entry.matchedPassages++;
    if (score < FUZZY_FLOOR) {
      entry.literalPassages++;
    }
  }
}

/** Better score first; among equals, the provision that holds the query in more places. */
function compareBest(x: Best, y: Best): number {
  return x.score - y.score || y.literalPassages - x.literalPassages || y.matchedPassages - x.matchedPassages;
}
