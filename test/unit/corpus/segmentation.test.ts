import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  CutterPool,
  SegmentationClient,
  TokenCutter,
  WordsCache,
  concordance,
  inProcessCutter,
  segmentDocuments,
  segmentationServer,
  tokensFromLengths,
} from '../../../src/core/corpus';
import { JiebaModule } from '../../../src/core/corpus/segmenter';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { loadNodeSegmenter } from '../../../src/platform/jieba';
import * as jieba from 'jieba-wasm';
import { corpusLaws } from './corpusFixtures';

const nodeJieba = (): JiebaModule => jieba;

const pause = () => Promise.resolve();

/** A cutter that counts the texts it is asked to cut. */
function counting(cutter: TokenCutter): TokenCutter & { texts: number } {
  const counted = {
    texts: 0,
    cut: (texts: readonly string[]) => {
      counted.texts += texts.length;
      return cutter.cut(texts);
    },
  };
  return counted;
}

describe('segmenting in a worker, and the cache of cuts', () => {
  it('the worker’s server and the host’s client: a cut comes back as lengths that make up the text, with the user dictionary', async () => {
    const serve = segmentationServer(nodeJieba);
    const client = new SegmentationClient((request) => {
      const reply = serve(request);
      if (reply) {
        // Answered later, as a worker does.
        setImmediate(() => client.receive(reply));
      }
    });
    client.load(new Uint8Array(), ['关键信息基础设施']);
    const text = '关键信息基础设施的运营者，应当保护 Personal Data。';
    const [lengths] = await client.cut([text]);
    assert.deepEqual(tokensFromLengths(text, lengths)?.slice(0, 3), ['关键信息基础设施', '的', '运营者']);
    assert.equal(tokensFromLengths(text, lengths)?.join(''), text);
  });

  it('a cut before the load, or after a load that failed, fails with why; a worker that stops fails what waits', async () => {
    const serve = segmentationServer(() => {
      throw new Error('no WebAssembly here');
    });
    assert.deepEqual(serve({ kind: 'cut', id: 1, texts: ['文本'] }), { id: 1, failure: 'the segmenter was asked to cut before it was loaded' });
    assert.equal(serve({ kind: 'load', wasm: new Uint8Array(), dictionary: [] }), undefined);
    assert.deepEqual(serve({ kind: 'cut', id: 2, texts: ['文本'] }), { id: 2, failure: 'the segmenter failed: no WebAssembly here' });
    const client = new SegmentationClient(() => undefined);
    const waiting = client.cut(['文本']);
    client.fail(new Error('the worker stopped (exit code 1)'));
    await assert.rejects(waiting, /exit code 1/);
  });

  it('the pool sends each batch to the cutter with the fewest waiting', async () => {
    const calls: number[] = [];
    const slow = (index: number): TokenCutter => ({
      cut: (texts) => {
        calls.push(index);
        return new Promise((resolve) => setTimeout(() => resolve(texts.map((text) => [text.length])), 5));
      },
    });
    const pool = new CutterPool([slow(0), slow(1)]);
    await Promise.all([pool.cut(['a']), pool.cut(['b']), pool.cut(['c']), pool.cut(['d'])]);
    assert.deepEqual(calls, [0, 1, 0, 1]);
  });

  it('lengths that do not make up the text are refused', () => {
    assert.equal(tokensFromLengths('个人信息', [2, 1]), undefined);
    assert.equal(tokensFromLengths('个人信息', [2, 3]), undefined);
    assert.equal(tokensFromLengths('个人信息', [2, 0, 2]), undefined);
    assert.deepEqual(tokensFromLengths('个人信息', [2, 2]), ['个人', '信息']);
  });

  describe('the cache in policy-documents/.cache/words/', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'policy-words-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('cuts each document once: the second time every cut comes from the cache, with the same words', async () => {
      const laws = corpusLaws();
      const cutter = counting(inProcessCutter(await loadNodeSegmenter([])));
      const cache = new WordsCache(new NodeFileSystem(folder));
      const first = await segmentDocuments(laws, { cutter, dictionary: [], cache, pause });
      const cut = cutter.texts;
      assert.ok(cut > 100);
      const second = await segmentDocuments(laws, { cutter, dictionary: [], cache, pause });
      assert.equal(cutter.texts, cut, 'nothing cut again');
      assert.deepEqual(second, first);
      assert.deepEqual(readdirSync(path.join(folder, 'policy-documents', '.cache', 'words')).sort(), laws.map((law) => `${law.id}.json`).sort());
    });

    it('never trusts an entry that is corrupt, of other texts or of another dictionary: it cuts again', async () => {
      const [law] = corpusLaws();
      const cutter = counting(inProcessCutter(await loadNodeSegmenter(['关键信息基础设施'])));
      const cache = new WordsCache(new NodeFileSystem(folder));
      const expected = await segmentDocuments([law], { cutter, dictionary: [], cache, pause });
      const entry = path.join(folder, 'policy-documents', '.cache', 'words', `${law.id}.json`);
      for (const corrupt of ['{"key":', 'null', JSON.stringify({ key: 'other', lengths: [] })]) {
        writeFileSync(entry, corrupt);
        const before = cutter.texts;
        assert.deepEqual(await segmentDocuments([law], { cutter, dictionary: [], cache, pause }), expected);
        assert.ok(cutter.texts > before, `cut again after ${corrupt}`);
      }
      // The right key with lengths that do not make up the texts (an edited file).
      const { key } = JSON.parse(readFileSync(entry, 'utf8')) as { key: string };
      writeFileSync(entry, JSON.stringify({ key, lengths: law.provisions.map(() => [1]) }));
      const before = cutter.texts;
      assert.deepEqual(await segmentDocuments([law], { cutter, dictionary: [], cache, pause }), expected);
      assert.ok(cutter.texts > before);
      const again = cutter.texts;
      await segmentDocuments([law], { cutter, dictionary: ['关键信息基础设施'], cache, pause });
      assert.ok(cutter.texts > again, 'another dictionary misses');
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
