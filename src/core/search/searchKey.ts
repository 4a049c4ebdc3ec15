import { contentHash } from '../lib/contentHash';
import { PolicyDocument } from '../model';

/**
 * What the search index holds of a document, as one hash: its provisions' numbers, titles and
 * texts (what is cut into sentences and shown). A document read again whose key is the same need
 * not be indexed again, whether it was parsed anew or the index was read from a file.
 */
export function searchKey(document: PolicyDocument): string {
  const encoder = new TextEncoder();
  return contentHash(document.provisions.map(({ number, title, text }) => encoder.encode([String(number), title.en, title.zh, text.en, text.zh].join('\u0000'))));
}
