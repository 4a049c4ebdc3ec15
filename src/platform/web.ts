import { Platform } from './platform';
import { startWebWorker } from './webWorker';

/** A web worker can run neither git nor ask the OS: the author comes from the setting alone. */
export const platform: Platform = {
  kind: 'web',
  defaultAuthor: async () => undefined,
  // mammoth and pdf.js are Node libraries here: Word documents and PDFs are added on the desktop.
  formatReaders: {},
  workers: {
    folder: 'dist/web',
    parallelism: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1,
    start: async (script) => startWebWorker(await script.read()),
  },
};
