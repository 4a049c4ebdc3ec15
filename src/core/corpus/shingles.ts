/** Characters per shingle: long enough that two provisions sharing one share wording, not a common word. */
export const SHINGLE_LENGTH = 8;
// Of all shingles, those whose hash is 0 modulo this are kept ("0 mod p" sampling): the same
// wording gives the same hashes in every text, so two texts that share a passage of
// SHINGLE_LENGTH + SAMPLING - 1 characters keep at least one shingle in common whatever it is.
export const SAMPLING = 4;

/**
 * The text as compared: letters and digits only, so that a revision that changes a comma or a
 * space still shares its wording.
 */
export function comparableText(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The hashes of the sampled shingles of comparable text, each once, sorted. */
export function sampledShingles(text: string): Uint32Array {
  const kept = new Set<number>();
  for (let start = 0; start + SHINGLE_LENGTH <= text.length; start++) {
    const hash = shingleHash(text, start);
    if (hash % SAMPLING === 0) {
      kept.add(hash);
    }
  }
  return Uint32Array.from(kept).sort();
}

/** FNV-1a over the shingle's UTF-16 units: fast, and well enough spread for sampling by modulo. */
function shingleHash(text: string, start: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < start + SHINGLE_LENGTH; at++) {
    hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  }
  return hash >>> 0;
}
