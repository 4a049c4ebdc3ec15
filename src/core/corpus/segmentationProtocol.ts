import { messageOf } from '../lib/messageOf';
import { JiebaModule, WordSegmenter, jiebaSegmenter } from './segmenter';
import { Counted, WordCounter, countWith } from './wordCounter';

/**
 * The messages between a host and the worker that counts words for it. The host sends `load` once
 * (jieba's WebAssembly, read by the host as it reads any file of the extension, and the user
 * dictionary), then `count` requests; the worker answers each request by its id.
 */
export type SegmentationRequest =
  | { readonly kind: 'load'; readonly wasm: Uint8Array; readonly dictionary: readonly string[] }
  | { readonly kind: 'count'; readonly id: number; readonly texts: readonly string[]; readonly known?: string };

export type SegmentationReply = { readonly id: number; readonly counted: Counted } | { readonly id: number; readonly failure: string };

/**
 * The worker's side: loads jieba from the bytes given (`instantiate` is the wasm-bindgen glue's
 * synchronous start) and answers counts: cutting, counting and hashing the texts for their key all
 * happen here, blocking the worker, never the host.
 */
export function segmentationServer(instantiate: (wasm: Uint8Array) => JiebaModule): (request: SegmentationRequest) => SegmentationReply | undefined {
  let loaded: { readonly segmenter: WordSegmenter; readonly dictionary: readonly string[] } | string = 'the segmenter was asked to count before it was loaded';
  return (request) => {
    try {
      if (request.kind === 'load') {
        const segmenter = jiebaSegmenter(instantiate(request.wasm));
        for (const word of request.dictionary) {
          segmenter.addWord(word);
        }
        loaded = { segmenter, dictionary: request.dictionary };
        return undefined;
      }
      const ready = loaded;
      return typeof ready === 'string' ? { id: request.id, failure: ready } : { id: request.id, counted: countWith(ready.segmenter, ready.dictionary, request.texts, request.known) };
    } catch (thrown) {
      // A load that failed fails every count after it with its reason; a count that failed, itself.
      const failure = `the segmenter failed: ${messageOf(thrown)}`;
      if (request.kind === 'load') {
        loaded = failure;
        return undefined;
      }
      return { id: request.id, failure };
    }
  };
}

/** The host's side of one worker: `post` sends to it, `receive` takes its replies. */
export class SegmentationClient implements WordCounter {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(counted: Counted): void; reject(error: Error): void }>();

  constructor(private readonly post: (request: SegmentationRequest) => void) {}

  load(wasm: Uint8Array, dictionary: readonly string[]): void {
    this.post({ kind: 'load', wasm, dictionary });
  }

  count(texts: readonly string[], known?: string): Promise<Counted> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ kind: 'count', id, texts, ...(known !== undefined && { known }) });
    });
  }

  receive(reply: SegmentationReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('failure' in reply) {
      waiting?.reject(new Error(reply.failure));
    } else {
      waiting?.resolve(reply.counted);
    }
  }

  /** The worker stopped (it threw, or was ended): every count still waiting fails with why. */
  fail(error: Error): void {
    for (const waiting of this.pending.values()) {
      waiting.reject(error);
    }
    this.pending.clear();
  }
}
