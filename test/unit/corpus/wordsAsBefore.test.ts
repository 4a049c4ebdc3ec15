import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocumentCondition, TaggedText, WordFrequency, WordsCache, countDocuments, scopeTallies, wordFrequencies } from '../../../src/core/corpus';
import { stopWords } from '../../../src/core/corpus/stopWords';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { WORDS_FIXTURES, corpusLaws, wordsLaws } from './corpusFixtures';
import { startTestSegmenters } from './segmenterThreads';

/**
 * What the words feature gave on eleven real laws before the counting moved into the workers (the
 * host then sliced each text at the cut's lengths and counted word lists), recorded in
 * test/fixtures/corpus-words/expected-words.json: per word lists (stop words, user dictionary),
 * per scope, the top 80 words with their counts, documents and keyness.
 */
interface Recorded {
  readonly laws: readonly string[];
  readonly variants: readonly { readonly name: string; readonly stopWordsFile: string; readonly dictionary: readonly string[] }[];
  readonly scopes: readonly { readonly name: string; readonly documents?: readonly string[]; readonly where?: readonly DocumentCondition[]; readonly tagged?: readonly TaggedText[] }[];
  readonly expected: Readonly<Record<string, Readonly<Record<string, readonly WordFrequency[]>>>>;
}

const TOP = 80;
const pause = () => Promise.resolve();

describe('words counted in the workers: the same as sliced on the host, on real laws', () => {
  const recorded = JSON.parse(readFileSync(path.join(WORDS_FIXTURES, 'expected-words.json'), 'utf8')) as Recorded;
  const laws = [...corpusLaws(), ...wordsLaws()];
  const byId = new Map(laws.map((law) => [law.id, law]));

  it('the recorded laws are the fixtures', () => {
    assert.deepEqual(laws.map((law) => law.id), recorded.laws);
  });

  for (const variant of recorded.variants) {
    it(`${variant.name}: every scope's words, counts, documents and keyness, counted afresh and from the cache`, async () => {
      const segmenters = await startTestSegmenters(variant.dictionary, 2);
      const folder = mkdtempSync(path.join(tmpdir(), 'policy-words-'));
      try {
        const cache = new WordsCache(new NodeFileSystem(folder));
        const counted = await countDocuments(laws, { counter: segmenters.counter, cache, pause });
        const kept = await countDocuments(laws, { counter: segmenters.counter, cache, pause });
        assert.deepEqual(kept, counted);
        for (const scope of recorded.scopes) {
          const chosen = await scopeTallies(
            counted,
            laws,
            {
              ...(scope.documents && { documents: scope.documents.map((id) => byId.get(id)!) }),
              ...(scope.where && { where: scope.where }),
              ...(scope.tagged && { tagged: scope.tagged }),
            },
            segmenters.counter,
          );
          // As `words --json` prints them (and as they were recorded): a keyness of -0 is 0.
          const printed: unknown = JSON.parse(JSON.stringify(wordFrequencies(counted, chosen, stopWords(variant.stopWordsFile), TOP)));
          assert.deepEqual(printed, recorded.expected[variant.name][scope.name], scope.name);
        }
      } finally {
        segmenters.dispose();
        rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});
