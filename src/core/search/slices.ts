import { PolicyDocument } from '../model';
import { ExtraText, SearchIndex } from './searchIndex';

// Long enough to make progress, short enough that typing and scrolling never wait on the index.
const SLICE_MS = 10;

/**
 * Adds documents a few at a time, giving the host's event loop a turn between slices, so that a
 * corpus of thousands of documents is indexed in the background without freezing the window.
 * Stops early, leaving what was added, when `cancelled` turns true.
 */
export async function addInSlices(index: SearchIndex, documents: readonly PolicyDocument[], extra?: ExtraText, cancelled = () => false): Promise<void> {
  let sliceStart = performance.now();
  for (const document of documents) {
    if (cancelled()) {
      return;
    }
    index.add(document, extra);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}
