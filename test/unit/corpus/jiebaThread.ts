// A segmenter worker for tests: the worker's server on the package's Node build of jieba. Each
// thread has its own jieba, whose dictionary holds only the words its `load` gave, whatever other
// tests of the process taught theirs (the Node build is one module per thread).
import { parentPort } from 'node:worker_threads';
import * as jieba from 'jieba-wasm';
import { SegmentationRequest, segmentationServer } from '../../../src/core/corpus/segmentationProtocol';

const serve = segmentationServer(() => jieba);
parentPort?.on('message', (request: SegmentationRequest) => {
  const reply = serve(request);
  if (reply) {
    parentPort?.postMessage(reply);
  }
});
