import * as path from 'node:path';
import { RelatedIndex, concordance, corpusPassages, segmentCorpus } from '../src/core/corpus';
import { loadNodeSegmenter } from '../src/platform/jieba';
import { loadLawCorpus } from './lawCorpus';
import { Figure, median, percentile, sample } from './measure';

const LAWS = 1_500;
const QUERY = '个人信息';
const RELATED_SAMPLE = 200;

/**
 * Reading across 1,500 laws: segmenting them in the background (beside jieba alone, and with the
 * longest time the host was held between two pauses), a concordance (beside a plain substring
 * scan) and related provisions per provision (beside the same scan).
 */
export async function benchCorpus(): Promise<Figure[]> {
  const laws = loadLawCorpus(path.resolve(__dirname, '..', '..', 'bench')).slice(0, LAWS);
  const passages = corpusPassages(laws, ['zh']);
  // jieba builds its dictionary on the first cut, in one synchronous call: reported on its own.
  const loading = performance.now();
  const segmenter = await loadNodeSegmenter([]);
  segmenter.cut('预热');
  const loadMs = performance.now() - loading;

  const alone = performance.now();
  for (const passage of passages) {
    segmenter.cut(passage.text);
  }
  const segmenterAlone = performance.now() - alone;
  let longestHold = 0;
  let lastPause = performance.now();
  const pause = () =>
    new Promise<void>((resolve) => {
      longestHold = Math.max(longestHold, performance.now() - lastPause);
      setImmediate(() => {
        lastPause = performance.now();
        resolve();
      });
    });
  const started = performance.now();
  await segmentCorpus(passages, segmenter, pause);
  const segmenting = performance.now() - started;
  longestHold = Math.max(longestHold, performance.now() - lastPause);

  const scan = () => passages.reduce((sum, passage) => sum + passage.text.split(QUERY).length - 1, 0);
  const scanMs = median(await sample(scan));
  const kwicMs = median(await sample(() => concordance(passages, { query: QUERY })));

  const indexStart = performance.now();
  const index = await RelatedIndex.build(laws, () => new Promise<void>((resolve) => setImmediate(resolve)));
  const indexMs = performance.now() - indexStart;
  const provisions = laws.flatMap((law) => law.provisions);
  const chosen = Array.from({ length: RELATED_SAMPLE }, (_, at) => provisions[Math.floor((at * provisions.length) / RELATED_SAMPLE)]);
  const relatedTimes = chosen.map((provision) => {
    const start = performance.now();
    index.related(provision, 10);
    return performance.now() - start;
  });
  const scanOne = () => passages.reduce((sum, passage) => sum + (passage.text.includes(chosen[0].text.zh.slice(0, 8)) ? 1 : 0), 0);
  const scanOneMs = median(await sample(scanOne));

  const characters = passages.reduce((sum, passage) => sum + passage.text.length, 0);
  const figures: Figure[] = [
    { name: `corpus: segment ${laws.length} laws (${Math.round(characters / 1e6)} M characters) in the background`, value: segmenting, unit: 'ms', floor: { name: 'jieba alone', value: segmenterAlone }, target: '< 10000 ms', met: segmenting < 10_000 },
    { name: 'corpus: jieba load and first cut (its dictionary built, one synchronous call)', value: loadMs, unit: 'ms' },
    { name: 'corpus: longest hold of the host while segmenting', value: longestHold, unit: 'ms', target: '< 50 ms', met: longestHold < 50 },
    { name: `corpus: concordance of ${QUERY}`, value: kwicMs, unit: 'ms', floor: { name: 'substring scan', value: scanMs }, target: '< 200 ms', met: kwicMs < 200 },
    { name: 'corpus: related-provisions index', value: indexMs, unit: 'ms' },
    { name: 'corpus: related provisions of one provision (median)', value: median(relatedTimes), unit: 'ms', floor: { name: 'substring scan', value: scanOneMs }, target: '< 100 ms', met: median(relatedTimes) < 100 },
    { name: 'corpus: related provisions of one provision (95th percentile)', value: percentile(relatedTimes, 0.95), unit: 'ms', target: '< 100 ms', met: percentile(relatedTimes, 0.95) < 100 },
  ];
  return figures;
}
