/**
 * Crockford's base32 alphabet in lower case: no i, l, o or u, so ids read aloud and
 * typed by hand survive.
 */
export const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Random base32 characters; 256 is a multiple of 32, so taking 5 bits of a byte is unbiased. */
export function randomBase32(length: number): string {
  return base32(globalThis.crypto.getRandomValues(new Uint8Array(length)));
}

/** Each byte's low 5 bits as one character of the alphabet. */
export function base32(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => ALPHABET[byte & 31]).join('');
}
