// Re-anchoring after a revision gives the same results as before the bit-vector pass. Anchoring
// changed only inside fuzzyFind, so it is held to the whole Sellers table it used before (`sellers`
// over the whole text: the same matches, starts, distances and order) on generated revisions: a
// quote cut from a text (the Opinions' provisions, or words of a small alphabet, where ties abound),
// the text then edited by insertions, deletions and replacements, sought with the anchoring's
// tolerance or any other bound. Quotes run past 32 and 64 characters, where the bit vectors take
// a second and third word.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { endDistances } from '../../../src/core/lib/endDistances';
import { fuzzyFind, sellers } from '../../../src/core/lib/fuzzyFind';
import { opinions } from '../helpers/opinions';

/** Few characters, so that near matches and equally good ones are common. */
const ALPHABETS = ['ab', 'abc ', 'the law, and order ', '依法有序推进，的', 'a依b'];

interface Edit {
  readonly at: number;
  readonly kind: 'insert' | 'delete' | 'replace';
  readonly length: number;
  readonly seed: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  length: fc.integer({ min: 1, max: 12 }),
  seed: fc.nat(),
});

/** `length` characters of the alphabet, chosen by `seed`. */
function words(alphabet: string, length: number, seed: number): string {
  let state = seed;
  return Array.from({ length }, () => alphabet[(state = (state * 48271 + 11) % 2147483647) % alphabet.length]).join('');
}

function revise(text: string, alphabet: string, edits: readonly Edit[]): string {
  return edits.reduce((revised, { at, kind, length, seed }) => {
    const place = at % (revised.length + 1);
    const cut = kind === 'insert' ? 0 : length;
    return revised.slice(0, place) + (kind === 'delete' ? '' : words(alphabet, length, seed)) + revised.slice(place + cut);
  }, text);
}

const provisionTexts = opinions().provisions.flatMap((provision) => [provision.text.en, provision.text.zh]);

/** A text to revise, a quote cut from it, the text after the revision, and the bound sought with. */
const revisions = fc
  .record({
    alphabet: fc.constantFrom(...ALPHABETS),
    source: fc.oneof(fc.integer({ min: 0, max: provisionTexts.length - 1 }), fc.record({ length: fc.integer({ min: 1, max: 300 }), seed: fc.nat() })),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 100 }),
    edits: fc.array(edit, { maxLength: 8 }),
    bound: fc.oneof(fc.constant('anchoring' as const), fc.integer({ min: 0, max: 110 })),
  })
  .map(({ alphabet, source, start, length, edits, bound }) => {
    const original = typeof source === 'number' ? provisionTexts[source] : words(alphabet, source.length, source.seed);
    const from = start % original.length;
    const quote = original.slice(from, from + length);
    const maxDistance = bound === 'anchoring' ? Math.floor(quote.length * 0.25) : bound;
    return { quote, text: revise(original, alphabet, edits), maxDistance };
  });

/** The last row of the edit-distance table (a match may start anywhere), computed cell by cell over UTF-16 units. */
function lastRow(pattern: string, text: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const row = [pattern.length];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next[i] = Math.min(column[i - 1] + (pattern[i - 1] === text[j] ? 0 : 1), column[i] + 1, next[i - 1] + 1);
    }
    column = next;
    row.push(column[pattern.length]);
  }
  return row;
}

describe('annotations: re-anchoring on generated revisions', function () {
  this.timeout(60_000);

  it('fuzzyFind finds what the whole Sellers table found: the same matches, starts and order', () => {
    fc.assert(
      fc.property(revisions, ({ quote, text, maxDistance }) => {
        assert.deepEqual(fuzzyFind(quote, text, maxDistance), sellers(quote, text, 0, text.length, maxDistance));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });

  it('the bit vectors give the fewest edits at every end, as the table cell by cell does', () => {
    fc.assert(
      fc.property(revisions, ({ quote, text }) => {
        assert.deepEqual([...endDistances(quote, text)], lastRow(quote, text));
      }),
      { numRuns: 1000, seed: 20261204 },
    );
  });
});
