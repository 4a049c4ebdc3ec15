import * as path from 'node:path';
import { Segmenters, startSegmenters } from '../../../src/platform/segmenterWorkers';
import { startNodeWorker } from '../../../src/platform/nodeWorker';

/** Segmenter workers as the extension starts them, on `jiebaThread` (jieba's Node build: no WebAssembly bytes to send). */
export function startTestSegmenters(dictionary: readonly string[], count = 1): Promise<Segmenters> {
  const script = path.join(__dirname, 'jiebaThread.js');
  const workers = { folder: '', parallelism: count, start: () => Promise.resolve(startNodeWorker(script)) };
  return startSegmenters(workers, { fsPath: script, read: () => Promise.resolve(new Uint8Array()) }, new Uint8Array(), dictionary, count);
}
