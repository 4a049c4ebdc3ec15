import { messageOf } from '../lib/messageOf';
import { JiebaModule, WordSegmenter, jiebaSegmenter } from './segmenter';
import { TokenCutter } from './tokenCutter';
import { tokenLengths } from './tokens';

/**
 * The messages between a host and the worker that segments for it. The host sends `load` once
 * (jieba's WebAssembly, read by the host as it reads any file of the extension, and the user
 * dictionary), then `cut` requests; the worker answers each request by its id.
 */
export type SegmentationRequest =
  | { readonly kind: 'load'; readonly wasm: Uint8Array; readonly dictionary: readonly string[] }
  | { readonly kind: 'cut'; readonly id: number; readonly texts: readonly string[] };

export type SegmentationReply = { readonly id: number; readonly lengths: number[][] } | { readonly id: number; readonly failure: string };

/**
 * The worker's side: loads jieba from the bytes given (`instantiate` is the wasm-bindgen glue's
 * synchronous start) and answers cuts. Everything here blocks the worker, never the host.
 */
export function segmentationServer(instantiate: (wasm: Uint8Array) => JiebaModule): (request: SegmentationRequest) => SegmentationReply | undefined {
  let segmenter: WordSegmenter | string = 'the segmenter was asked to cut before it was loaded';
  return (request) => {
    try {
      if (request.kind === 'load') {
        segmenter = jiebaSegmenter(instantiate(request.wasm));
        for (const word of request.dictionary) {
          segmenter.addWord(word);
        }
        return undefined;
      }
      const loaded = segmenter;
      return typeof loaded === 'string' ? { id: request.id, failure: loaded } : { id: request.id, lengths: request.texts.map((text) => tokenLengths(loaded.cut(text))) };
    } catch (thrown) {
      // A load that failed fails every cut after it with its reason; a cut that failed, itself.
      const failure = `the segmenter failed: ${messageOf(thrown)}`;
      if (request.kind === 'load') {
        segmenter = failure;
        return undefined;
      }
      return { id: request.id, failure };
    }
  };
}

/** The host's side of one worker: `post` sends to it, `receive` takes its replies. */
export class SegmentationClient implements TokenCutter {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(lengths: number[][]): void; reject(error: Error): void }>();

  constructor(private readonly post: (request: SegmentationRequest) => void) {}

  load(wasm: Uint8Array, dictionary: readonly string[]): void {
    this.post({ kind: 'load', wasm, dictionary });
  }

  cut(texts: readonly string[]): Promise<number[][]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ kind: 'cut', id, texts });
    });
  }

  receive(reply: SegmentationReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('failure' in reply) {
      waiting?.reject(new Error(reply.failure));
    } else {
      waiting?.resolve(reply.lengths);
    }
  }

  /** The worker stopped (it threw, or was ended): every cut still waiting fails with why. */
  fail(error: Error): void {
    for (const waiting of this.pending.values()) {
      waiting.reject(error);
    }
    this.pending.clear();
  }
}
