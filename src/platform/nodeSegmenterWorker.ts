// The segmenter's worker thread on the desktop (bundled as dist/segmenter.js): jieba cuts here, so
// that its seconds of work (its dictionary built on the first cut, then a corpus) never hold the
// extension host's event loop.
import { parentPort } from 'node:worker_threads';
import { SegmentationRequest, segmentationServer } from '../core/corpus/segmentationProtocol';
import { instantiateJieba } from './jiebaWeb';

const serve = segmentationServer(instantiateJieba);
parentPort?.on('message', (request: SegmentationRequest) => {
  const reply = serve(request);
  if (reply) {
    parentPort?.postMessage(reply);
  }
});
