// The segmenter's Web Worker in the browser (bundled as dist/web/segmenter.js): the same server as
// the desktop's worker thread, on the Web Worker's messages.
import { SegmentationRequest, segmentationServer } from '../core/corpus/segmentationProtocol';
import { instantiateJieba } from './jiebaWeb';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: SegmentationRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const serve = segmentationServer(instantiateJieba);
scope.addEventListener('message', ({ data }) => {
  const reply = serve(data);
  if (reply) {
    scope.postMessage(reply);
  }
});
