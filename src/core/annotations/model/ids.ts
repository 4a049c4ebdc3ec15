import { ALPHABET, base32, randomBase32 } from '../../lib/base32';
import { sha1 } from '../../lib/sha1';

const ID_LENGTH = 8;
/** The letters of the alphabet, for an id's first character. */
const LETTERS = ALPHABET.slice(10);

/** The shape of every annotation id; the notes schema states the same pattern. */
export const ANNOTATION_ID = /^[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{7}$/;

/**
 * A fresh random id (about 40 bits) that `isTaken` does not know. Ids are never derived from
 * content, so two coders annotating the same words still get different ids.
 */
export function newAnnotationId(isTaken: (id: string) => boolean): string {
  for (;;) {
    const id = randomBase32(ID_LENGTH);
    if (ANNOTATION_ID.test(id) && !isTaken(id)) {
      return id;
    }
  }
}

/**
 * An id that is the same for the same `seed` (and `isTaken`), for what must be reproducible: a
 * merge that keeps two versions of an annotation gives the second one this id, so that merging the
 * same files twice gives the same bytes.
 */
export function derivedAnnotationId(seed: string, isTaken: (id: string) => boolean): string {
  for (let attempt = 0; ; attempt++) {
    const id = base32(sha1(new TextEncoder().encode(`${seed}\n${attempt}`)).subarray(0, ID_LENGTH));
    if (ANNOTATION_ID.test(id) && !isTaken(id)) {
      return id;
    }
  }
}

/**
 * The id of a copy of an annotation, named by `name` (e.g. the original's id and where the
 * copy goes): the same name always gives the same id, so copying twice makes one copy. Not
 * derived from content either, so editing the copy keeps its id.
 */
export function namedAnnotationId(name: string): string {
  const bytes = sha1(new TextEncoder().encode(name));
  return LETTERS[bytes[0] % LETTERS.length] + Array.from(bytes.subarray(1, ID_LENGTH), (byte) => ALPHABET[byte & 31]).join('');
}
