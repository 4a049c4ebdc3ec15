import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  CounterPool,
  SegmentationClient,
  WordCounter,
  WordsCache,
  concordance,
  countDocuments,
  inProcessCounter,
  isWordTally,
  segmentationServer,
  tallyKey,
} from '../../../src/core/corpus';
import { JiebaModule } from '../../../src/core/corpus/segmenter';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { loadNodeSegmenter } from '../../../src/platform/jieba';
import * as jieba from 'jieba-wasm';
import { corpusLaws } from './corpusFixtures';

const nodeJieba = (): JiebaModule => jieba;

const pause = () => Promise.resolve();

/** A counter that counts the texts it cut and counted (not those whose key it only confirmed). */
function counting(counter: WordCounter): WordCounter & { texts: number } {
  const counted = {
    texts: 0,
    count: async (texts: readonly string[], known?: string) => {
      const answer = await counter.count(texts, known);
      counted.texts += answer.tally ? texts.length : 0;
      return answer;
    },
  };
  return counted;
}

describe('counting words in a worker, and the cache of tallies', () => {
  it('the worker’s server and the host’s client: a count comes back as a tally with the texts’ key, with the user dictionary', async () => {
    const serve = segmentationServer(nodeJieba);
    const client = new SegmentationClient((request) => {
      const reply = serve(request);
      if (reply) {
        // Answered later, as a worker does.
        setImmediate(() => client.receive(reply));
      }
    });
    client.load(new Uint8Array(), ['关键信息基础设施']);
    const texts = ['关键信息基础设施的运营者，应当保护 Personal Data。', '运营者 DATA'];
    const { key, tally } = await client.count(texts);
    assert.equal(key, tallyKey(texts, ['关键信息基础设施']));
    assert.deepEqual(tally, { words: ['关键信息基础设施', '的', '运营者', '应当', '保护', 'personal', 'data'], counts: [1, 1, 2, 1, 1, 1, 2] });
    assert.deepEqual(await client.count(texts, key), { key }, 'a known key: the caller’s tally stands, nothing is sent back');
    assert.notEqual(tallyKey(texts, []), key, 'another dictionary, another key');
    assert.notEqual(tallyKey(['关键信息基础设施的运营者，', '应当保护 Personal Data。运营者 DATA'], ['关键信息基础设施']), key, 'the same characters cut into other texts');
  });

  it('a count before the load, or after a load that failed, fails with why; a worker that stops fails what waits', async () => {
    const serve = segmentationServer(() => {
      throw new Error('no WebAssembly here');
    });
    assert.deepEqual(serve({ kind: 'count', id: 1, texts: ['文本'] }), { id: 1, failure: 'the segmenter was asked to count before it was loaded' });
    assert.equal(serve({ kind: 'load', wasm: new Uint8Array(), dictionary: [] }), undefined);
    assert.deepEqual(serve({ kind: 'count', id: 2, texts: ['文本'] }), { id: 2, failure: 'the segmenter failed: no WebAssembly here' });
    const client = new SegmentationClient(() => undefined);
    const waiting = client.count(['文本']);
    client.fail(new Error('the worker stopped (exit code 1)'));
    await assert.rejects(waiting, /exit code 1/);
  });

  it('the pool sends each request to the counter with the fewest waiting', async () => {
    const calls: number[] = [];
    const slow = (index: number): WordCounter => ({
      count: (texts) => {
        calls.push(index);
        return new Promise((resolve) => setTimeout(() => resolve({ key: texts.join(), tally: { words: [...texts], counts: texts.map(() => 1) } }), 5));
      },
    });
    const pool = new CounterPool([slow(0), slow(1)]);
    await Promise.all([pool.count(['a']), pool.count(['b']), pool.count(['c']), pool.count(['d'])]);
    assert.deepEqual(calls, [0, 1, 0, 1]);
  });

  it('a tally read from outside must be sound: distinct words, whole counts, as many of each', () => {
    assert.ok(isWordTally({ words: ['个人', '信息'], counts: [2, 1] }));
    for (const unsound of [null, [], { words: ['个人'] }, { words: ['个人', '信息'], counts: [2] }, { words: ['个人', '个人'], counts: [1, 1] }, { words: [''], counts: [1] }, { words: ['个人'], counts: [0] }, { words: ['个人'], counts: [1.5] }, { words: [1], counts: [1] }]) {
      assert.equal(isWordTally(unsound), false, JSON.stringify(unsound));
    }
  });

  it('gives the host a turn between documents once a slice of time has passed', async () => {
    const laws = corpusLaws().slice(0, 3);
    const slow: WordCounter = {
      count: (texts) => {
        const until = Date.now() + 25;
        while (Date.now() < until) {
          // The host's work on one document, made longer than a slice.
        }
        return Promise.resolve({ key: 'k', tally: { words: [texts[0].slice(0, 1)], counts: [1] } });
      },
    };
    let pauses = 0;
    const tallies = await countDocuments(laws, {
      counter: slow,
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    assert.deepEqual(
      tallies.map(({ document }) => document),
      laws.map((law) => law.id),
    );
    assert.equal(pauses, 3);
  });

  describe('the cache in policy-documents/.cache/words/', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'policy-words-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('counts each document once: the second time every tally comes from the cache, the same', async () => {
      const laws = corpusLaws();
      const counter = counting(inProcessCounter(await loadNodeSegmenter([]), []));
      const cache = new WordsCache(new NodeFileSystem(folder));
      const first = await countDocuments(laws, { counter, cache, pause });
      const counted = counter.texts;
      assert.ok(counted > 100);
      const second = await countDocuments(laws, { counter, cache, pause });
      assert.equal(counter.texts, counted, 'nothing counted again');
      assert.deepEqual(second, first);
      assert.deepEqual(readdirSync(path.join(folder, 'policy-documents', '.cache', 'words')).sort(), laws.map((law) => `${law.id}.json`).sort());
    });

    it('never trusts an entry that is corrupt, unsound, of other texts or of another dictionary: it counts again', async () => {
      const [law] = corpusLaws();
      const segmenter = await loadNodeSegmenter(['关键信息基础设施']);
      const counter = counting(inProcessCounter(segmenter, []));
      const cache = new WordsCache(new NodeFileSystem(folder));
      const expected = await countDocuments([law], { counter, cache, pause });
      const entry = path.join(folder, 'policy-documents', '.cache', 'words', `${law.id}.json`);
      const { key } = JSON.parse(readFileSync(entry, 'utf8')) as { key: string };
      const unsound = [
        '{"key":',
        'null',
        JSON.stringify({ key: 'other', words: ['个人'], counts: [1] }),
        // The right key with a tally that is not one (an edited file).
        JSON.stringify({ key, words: ['个人', '个人'], counts: [1, 1] }),
        JSON.stringify({ key, words: ['个人'], counts: [1, 2] }),
        JSON.stringify({ key, lengths: [[2, 2]] }),
      ];
      for (const corrupt of unsound) {
        writeFileSync(entry, corrupt);
        const before = counter.texts;
        assert.deepEqual(await countDocuments([law], { counter, cache, pause }), expected);
        assert.ok(counter.texts > before, `counted again after ${corrupt}`);
        assert.equal(JSON.parse(readFileSync(entry, 'utf8')).key, key, 'and rewritten');
      }
      const otherDictionary = counting(inProcessCounter(segmenter, ['关键信息基础设施']));
      await countDocuments([law], { counter: otherDictionary, cache, pause });
      assert.ok(otherDictionary.texts > 0, 'another dictionary misses');
      assert.notEqual(JSON.parse(readFileSync(entry, 'utf8')).key, key, 'and its tally replaces the entry');
    });
  });

  it('a concordance that ignores case finds a word of the Words view (lower-cased) as the text writes it', () => {
    const passages = [{ document: 'd', provision: 1, language: 'en' as const, text: 'The Internet, the internet (INTERNET+).' }];
    assert.deepEqual(
      concordance(passages, { query: 'internet', ignoreCase: true }).map((line) => line.match),
      ['Internet', 'internet', 'INTERNET'],
    );
    assert.deepEqual(concordance(passages, { query: 'internet+', ignoreCase: true }).map((line) => line.match), ['INTERNET+']);
    assert.equal(concordance(passages, { query: 'internet' }).length, 1);
  });
});
