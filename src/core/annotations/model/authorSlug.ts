/** Scripts whose names stay as written: a Chinese, Japanese or Korean name has no ASCII spelling we could guess. */
const KEPT_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ASCII_WORD = /[a-z0-9]/;
// Names Windows reserves for devices, whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_LENGTH = 64;

/**
 * The file name (without `.yaml`) of a coder's sidecar: "José Núñez" → `jose-nunez`,
 * "王小明" → `王小明`, "Anna 王" → `anna-王`. Lower case, ASCII letters, digits and `-`, with
 * CJK characters kept; safe on every file system and stable for the same display name.
 */
export function authorSlug(displayName: string): string {
  // NFKD splits accents from letters and turns full-width forms into ASCII; NFC then rejoins Hangul.
  const letters = displayName.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  let slug = '';
  for (const character of letters) {
    slug += ASCII_WORD.test(character) || KEPT_SCRIPT.test(character) ? character : '-';
  }
  slug = Array.from(slug.replace(/-+/g, '-').replace(/^-|-$/g, '')).slice(0, MAX_LENGTH).join('').replace(/-$/, '');
  if (slug === '') {
    return 'anonymous';
  }
  return WINDOWS_RESERVED.test(slug) ? `${slug}-coder` : slug;
}
