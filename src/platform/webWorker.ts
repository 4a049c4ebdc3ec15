import { WorkerPort } from './workerPort';

/** What the web extension host offers of the Web Worker API (its lib is not the DOM's). */
interface BrowserWorker {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown; message?: string }) => void): void;
  terminate(): void;
}

/**
 * A Web Worker running the script given as bytes. The web extension host is a worker itself, and
 * VS Code's wrapper of `Worker` there refuses the URL of an extension served by a remote host
 * (`vscode-remote:`, as code-server serves one); a `blob:` URL made here from the bytes (read as
 * any file of the extension) loads wherever the extension comes from.
 */
export function startWebWorker(script: Uint8Array): WorkerPort {
  const scope = globalThis as unknown as { Worker: new (url: string, options?: { name?: string }) => BrowserWorker };
  const url = URL.createObjectURL(new Blob([script], { type: 'application/javascript' }));
  const worker = new scope.Worker(url, { name: 'Policy Annotator segmenter' });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onFailure: (listener) => worker.addEventListener('error', (event) => listener(new Error(event.message ?? 'the worker failed'))),
    terminate: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
