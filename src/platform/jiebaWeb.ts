import { add_word, cut, initSync } from 'jieba-wasm/pkg/web/jieba_rs_wasm.js';
import { JiebaModule } from '../core/corpus/segmenter';

/**
 * jieba from the bytes of its WebAssembly, by the package's web build, which takes the bytes
 * instead of reading a file: the same module (dist/jieba.wasm, one copy in the VSIX) serves the
 * desktop's worker thread and the browser's Web Worker. Compiling it synchronously is allowed in a
 * worker, and blocks only the worker.
 */
export function instantiateJieba(wasm: Uint8Array): JiebaModule {
  initSync({ module: wasm });
  return { cut, add_word };
}
