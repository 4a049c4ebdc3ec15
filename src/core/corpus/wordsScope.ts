import { getOrCreate } from '../lib/getOrCreate';
import { PolicyDocument } from '../model';
import { DocumentCondition, meets } from './documentFilter';
import { DocumentTally } from './frequencies';
import { TaggedText } from './taggedTexts';
import { WordCounter, countedTally } from './wordCounter';

/** Which texts a word list counts: documents by id and by their facts, the passages of a tag. */
export interface WordsScope {
  /** The documents named (all when absent), of which those meeting every condition count. */
  readonly documents?: readonly PolicyDocument[];
  readonly where?: readonly DocumentCondition[];
  /** The passages carrying a tag (`taggedTexts`), of the documents chosen. */
  readonly tagged?: readonly TaggedText[];
}

/**
 * The tallies a scope chooses, one per document, or undefined for the whole corpus (no scope
 * given). Documents chosen count with the tallies of all their provisions (`corpus`, already
 * counted); the passages of a tag, often parts of provisions, are counted for the purpose, each
 * document's passages in one request, each passage cut on its own.
 */
export async function scopeTallies(corpus: readonly DocumentTally[], allDocuments: readonly PolicyDocument[], scope: WordsScope, counter: WordCounter): Promise<DocumentTally[] | undefined> {
  const conditions = scope.where ?? [];
  const narrowed = scope.documents !== undefined || conditions.length > 0;
  const chosen = new Set((scope.documents ?? allDocuments).filter((document) => meets(document, conditions)).map((document) => document.id));
  if (scope.tagged) {
    const passages = new Map<string, string[]>();
    for (const text of scope.tagged.filter((tagged) => chosen.has(tagged.document))) {
      getOrCreate(passages, text.document, () => []).push(text.text);
    }
    return Promise.all(
      [...passages].map(async ([document, texts]) => {
        return { document, tally: countedTally(await counter.count(texts)) };
      }),
    );
  }
  return narrowed ? corpus.filter((tally) => chosen.has(tally.document)) : undefined;
}
