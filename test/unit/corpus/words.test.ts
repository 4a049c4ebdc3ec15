import * as assert from 'node:assert/strict';
import { WordCounts, countDocuments, inProcessCounter, logLikelihood, timeSlicer, topWords, wordFrequencies, wordsOf } from '../../../src/core/corpus';
import { stopWords } from '../../../src/core/corpus/stopWords';
import { loadNodeSegmenter } from '../../../src/platform/jieba';
import { corpusLaws } from './corpusFixtures';

describe('word frequencies', () => {
  it('counts words, not characters: the E-Commerce Law’s top 20 are mostly two characters or more, with no stop words', async () => {
    const segmenter = await loadNodeSegmenter([]);
    const corpus = await countDocuments(corpusLaws(), { counter: inProcessCounter(segmenter, []), pause: () => Promise.resolve() });
    const chosen = corpus.filter((tally) => tally.document === 'e-commerce-law-2018');
    const top = wordFrequencies(corpus, chosen, stopWords(undefined), 20);
    assert.equal(top.length, 20);
    assert.ok(top.filter((word) => [...word.word].length >= 2).length >= 16, top.map((word) => word.word).join(' '));
    for (const stop of ['的', '和', '或者']) {
      assert.ok(!top.some((word) => word.word === stop));
    }
    assert.equal(top[0].word, '电子商务');
    assert.ok(top[0].keyness! > 100, 'the law’s own subject is its key word');
  });

  it('works in slices: a checkpoint pauses for the host once a slice has run 20 ms, and not before', async () => {
    let pauses = 0;
    const checkpoint = timeSlicer(() => {
      pauses++;
      return Promise.resolve();
    });
    await checkpoint();
    assert.equal(pauses, 0);
    for (let piece = 0; piece < 3; piece++) {
      const until = Date.now() + 25;
      while (Date.now() < until) {
        // A piece of work that takes longer than a slice.
      }
      await checkpoint();
    }
    assert.equal(pauses, 3);
  });

  it('keeps a user dictionary’s term whole and lower-cases words of other scripts', async () => {
    const segmenter = await loadNodeSegmenter(['关键信息基础设施']);
    assert.deepEqual(wordsOf('关键信息基础设施的运营者，Data Export。', segmenter), ['关键信息基础设施', '的', '运营者', 'data', 'export']);
  });

  it('takes the workspace’s stop words: added, taken back with !, comments ignored', () => {
    const words = stopWords('# laws\n应当\n!不得\n');
    assert.ok(words.has('应当') && words.has('的') && !words.has('不得') && !words.has('# laws'));
  });

  it('scores keyness by log-likelihood, signed by which side uses the word more', () => {
    // 10 in 1,000 words against 10 in 10,000: expected 1.82 and 18.18, so 2(10 ln(10/1.82) + 10 ln(10/18.18)).
    assert.equal(logLikelihood(10, 1000, 10, 10000).toFixed(2), '22.14');
    assert.ok(logLikelihood(1, 10000, 10, 1000) < 0);
    const counts = new WordCounts(
      [
        { document: 'a', tally: { words: ['数据', '出境', '的'], counts: [2, 1, 5] } },
        { document: 'b', tally: { words: ['数据'], counts: [1] } },
      ],
      new Set(['的']),
    );
    assert.deepEqual(topWords(counts, 2), [
      { word: '数据', count: 3, documents: 2 },
      { word: '出境', count: 1, documents: 1 },
    ]);
    assert.equal(counts.total, 4, 'stop words are not counted, nor in the total keyness is measured against');
    const ties = new WordCounts([{ document: 'a', tally: { words: ['乙', '丁', '甲', '丙', '戊'], counts: [1, 3, 1, 2, 1] } }], new Set());
    assert.deepEqual(
      topWords(ties, 4).map(({ word }) => word),
      ['丁', '丙', '乙', '戊'],
      'most frequent first; of the words tied at the least count of the top, the first by code unit',
    );
    assert.deepEqual(topWords(ties, 0), []);
  });
});
