import { WordSegmenter, jiebaSegmenter } from '../core/corpus/segmenter';

/**
 * jieba for Node (the command line, the desktop extension host): the package's Node build reads
 * its .wasm next to itself, which the build copies beside each bundle. Loaded on first use: the
 * module is 4 MB and compiling it costs a tenth of a second.
 */
export async function loadNodeSegmenter(dictionary: readonly string[]): Promise<WordSegmenter> {
  const segmenter = jiebaSegmenter(await import('jieba-wasm'));
  for (const word of dictionary) {
    segmenter.addWord(word);
  }
  return segmenter;
}
