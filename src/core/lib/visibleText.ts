/**
 * Characters that act on a terminal or hide text instead of showing: C0 controls (ESC starts the
 * escape sequences that move the cursor, erase lines or set a window's title), DEL, C1 controls
 * (U+009B is a one-character CSI), and the bidirectional overrides and isolates that reorder what
 * is shown ("Trojan Source"). Line feed and tab are layout, not control, and are kept.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

/**
 * Text from a file, safe to print to a terminal: every control character shown as `\x1b` or
 * `\u202e` (a carriage return too, unless it ends a line as in CSV's CRLF). `json` writes every one
 * as `\u001b`, which is the same string in JSON text.
 */
export function escapeControls(text: string, style: 'terminal' | 'json' = 'terminal'): string {
  return text.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff && style === 'terminal' ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Longest excerpt of a value quoted in a message about a file, in characters. */
export const MAX_QUOTED = 32;

/**
 * A value from a file as an error message may show it: quoted, escaped, at most `max` characters
 * (then "…"). A message never shows more of a file than this, whatever the file is (a link to a
 * secret, a binary): `"-----BEGIN OPENSSH PRIVATE KEY…"`.
 */
export function quoted(value: unknown, max: number = MAX_QUOTED): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value));
  return typeof value === 'string' ? escapeControls(JSON.stringify(cut(text, max))) : escapeControls(cut(text, max));
}

/** A text from a file for a message that puts it in quotes itself: at most `max` characters, escaped. */
export function excerptOf(text: string, max: number = MAX_QUOTED): string {
  return escapeControls(cut(text, max));
}

function cut(text: string, max: number): string {
  const characters = Array.from(text.slice(0, max * 2 + 2));
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : characters.join('');
}
