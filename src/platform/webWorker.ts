import { WorkerPort } from './workerPort';

/** What the web extension host offers of the Web Worker API (its lib is not the DOM's). */
interface BrowserWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown; message?: string }) => void): void;
  terminate(): void;
}

/**
 * A Web Worker running the script at `url`. The web extension host is a worker itself; VS Code
 * starts a worker it asks for beside it (its nested-worker polyfill), which loads the script.
 */
export function startWebWorker(url: string): WorkerPort {
  const WorkerClass = (globalThis as unknown as { Worker: new (url: string, options?: { name?: string }) => BrowserWorker }).Worker;
  const worker = new WorkerClass(url, { name: 'Policy Annotator segmenter' });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onFailure: (listener) => worker.addEventListener('error', (event) => listener(new Error(event.message ?? 'the worker failed'))),
    terminate: () => worker.terminate(),
  };
}
