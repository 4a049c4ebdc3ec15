import { PolicyDocument } from '../model';
import { coveringTokens } from './corpusWords';
import { DocumentCondition, meets } from './documentFilter';
import { CountedText } from './frequencies';
import { SegmentedPassage } from './segmentCorpus';
import { TaggedText } from './taggedTexts';
import { TokenCutter } from './tokenCutter';
import { tokensFromLengths, wordsOfTokens } from './tokens';

/** Which texts a word list counts: documents by id and by their facts, the passages of a tag. */
export interface WordsScope {
  /** The documents named (all when absent), of which those meeting every condition count. */
  readonly documents?: readonly PolicyDocument[];
  readonly where?: readonly DocumentCondition[];
  /** The passages carrying a tag (`taggedTexts`), of the documents chosen. */
  readonly tagged?: readonly TaggedText[];
}

/**
 * The texts a scope chooses, with their words, or undefined for the whole corpus (no scope given).
 * Documents chosen count with the words of all their provisions (`corpus`, already cut); the
 * passages of a tag, often parts of provisions, are cut for the purpose.
 */
export async function scopeTexts(corpus: readonly SegmentedPassage[], allDocuments: readonly PolicyDocument[], scope: WordsScope, cutter: TokenCutter): Promise<CountedText[] | undefined> {
  const conditions = scope.where ?? [];
  const narrowed = scope.documents !== undefined || conditions.length > 0;
  const chosen = new Set((scope.documents ?? allDocuments).filter((document) => meets(document, conditions)).map((document) => document.id));
  if (scope.tagged) {
    const tagged = scope.tagged.filter((text) => chosen.has(text.document));
    const lengths = await cutter.cut(tagged.map((text) => text.text));
    return tagged.map((text, index) => ({ document: text.document, words: wordsOfTokens(coveringTokens(tokensFromLengths(text.text, lengths[index]))) }));
  }
  return narrowed ? corpus.filter((passage) => chosen.has(passage.document)) : undefined;
}
