/**
 * A worker as the extension uses one, whichever host runs it: worker_threads on the desktop, a
 * Web Worker in the browser. Messages are structured clones.
 */
export interface WorkerPort {
  post(message: unknown): void;
  /** Each message the worker sends. */
  onMessage(listener: (message: unknown) => void): void;
  /** The worker failed to start or threw: it will answer nothing more. */
  onFailure(listener: (error: Error) => void): void;
  terminate(): void;
}
