import { sha1 } from '../../lib/sha1';

/** What a name keeps: letters, marks and digits of every script; everything else separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
/** Accents on Latin letters go ("José" and "Jose" are one coder, as people type them both ways). */
const LATIN_ACCENTS = /(?<=\p{Script=Latin})\p{M}+/gu;
// Names Windows reserves for devices, whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** Whether Windows reserves the name (`con`, `nul`, `com1` …): a file or folder of that name cannot be checked out there. */
export function isWindowsReserved(name: string): boolean {
  return WINDOWS_RESERVED.test(name.toLowerCase());
}
/**
 * Bytes of UTF-8 a slug may take: file systems allow 255 per name, and the name also carries
 * `.yaml` and, while a save is under way, a temporary suffix. Seventy rare CJK characters take 280.
 */
export const MAX_SLUG_BYTES = 100;
const HASH_LENGTH = 10;

/**
 * The file name (without `.yaml`) of a coder's sidecar: "José Núñez" → `jose-nunez`, "王小明" →
 * `王小明`, "Иван Петров" → `иван-петров`, "अनीता राव" → `अनीता-राव`. Letters and digits of any
 * script in lower case, words joined by `-`; safe on every file system and stable for the same name.
 *
 * Two names get the same file only when they are the same words once case, width, Latin accents and
 * punctuation are set aside ("Li Wei", "li-wei", "ＬＩ ＷＥＩ"). A name too long for a file name is
 * cut and gets a hash of the whole name, as does a name with no letter or digit at all ("🙂",
 * "***"), so that distinct people never share a file. Only a blank name is `anonymous`.
 */
export function authorSlug(displayName: string): string {
  const words = coderKey(displayName);
  if (words === '') {
    const trimmed = displayName.normalize('NFC').trim();
    return trimmed === '' ? 'anonymous' : `coder-${shortHash(trimmed)}`;
  }
  const slug = new TextEncoder().encode(words).byteLength <= MAX_SLUG_BYTES ? words : `${cutToBytes(words, MAX_SLUG_BYTES - HASH_LENGTH - 1)}-${shortHash(words)}`;
  return isWindowsReserved(slug) ? `${slug}-coder` : slug;
}

/** The words of a name that tell coders apart: "  José  Núñez " → `jose-nunez`; empty without letters or digits. */
export function coderKey(displayName: string): string {
  // NFKD splits accents from letters and turns full-width forms into ASCII; NFC then rejoins what
  // the other scripts need joined (Hangul syllables, Cyrillic й, Devanagari with its signs).
  const letters = displayName.normalize('NFKD').replace(LATIN_ACCENTS, '').normalize('NFC').toLowerCase();
  return letters.replace(SEPARATORS, '-').replace(/^-+|-+$/g, '');
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, cut between characters and never after a dash. */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let cut = '';
  for (const character of text) {
    bytes += new TextEncoder().encode(character).byteLength;
    if (bytes > maxBytes) {
      break;
    }
    cut += character;
  }
  return cut.replace(/-+$/, '');
}

function shortHash(text: string): string {
  return [...sha1(new TextEncoder().encode(text))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, HASH_LENGTH);
}
