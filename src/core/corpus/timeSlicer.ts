/** Lets the host run other work: the extension host's event loop, an editor's keystrokes. */
export type Pause = () => Promise<void>;

// Counting words and indexing run this long at most before they pause: a host that must answer within 50 ms keeps
// most of them for itself.
export const SLICE_MS = 20;

/**
 * A checkpoint for long work done a piece at a time: awaiting it pauses (awaits `pause`) once a
 * slice of time has passed since the last pause, and costs nothing otherwise, so that the host is
 * never held longer than a slice plus one piece.
 */
export function timeSlicer(pause: Pause): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = Date.now();
    }
  };
}
