import { SegmentationClient, SegmentationReply } from '../core/corpus/segmentationProtocol';
import { CounterPool, WordCounter } from '../core/corpus/wordCounter';
import { WorkerScript, Workers } from './platform';

/** Segmenter workers at work: one counter for all of them, and their end. */
export interface Segmenters {
  readonly counter: WordCounter;
  dispose(): void;
}

/**
 * Starts `count` workers on the segmenter's bundle, each loading jieba from `wasm` with the user
 * dictionary. jieba builds its dictionary on the first cut, a second or more in each worker, while
 * the host goes on; a worker that fails makes its waiting counts fail with why.
 */
export async function startSegmenters(workers: Workers, script: WorkerScript, wasm: Uint8Array, dictionary: readonly string[], count: number): Promise<Segmenters> {
  const ports = await Promise.all(Array.from({ length: Math.max(1, count) }, () => workers.start(script)));
  const clients = ports.map((port) => {
    const client = new SegmentationClient((request) => port.post(request));
    port.onMessage((reply) => client.receive(reply as SegmentationReply));
    port.onFailure((error) => client.fail(error));
    client.load(wasm, dictionary);
    return client;
  });
  return {
    counter: new CounterPool(clients),
    dispose: () => ports.forEach((port) => port.terminate()),
  };
}
