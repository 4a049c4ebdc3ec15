import { Worker } from 'node:worker_threads';
import { WorkerPort } from './workerPort';

/** A worker thread running the script at `path` (a bundle beside the extension's). */
export function startNodeWorker(path: string): WorkerPort {
  const worker = new Worker(path);
  // The thread must not keep the command line or a test process alive once its work is done.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', listener),
    onFailure: (listener) => {
      worker.on('error', listener);
      worker.on('exit', (code) => listener(new Error(`the worker stopped (exit code ${code})`)));
    },
    terminate: () => void worker.terminate(),
  };
}
