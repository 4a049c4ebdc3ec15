/**
 * The opening of a text, at most `maxLength` characters (UTF-16 units) including the ellipsis,
 * for previews that must stay short (a hover, a quick pick's detail line). Line breaks become
 * spaces, since previews are single paragraphs.
 */
export function excerpt(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) {
    return flat;
  }
  let cut = Math.max(0, maxLength - 1);
  // Never split a surrogate pair (rare CJK characters live outside the BMP).
  if (cut > 0 && /[\uD800-\uDBFF]/.test(flat[cut - 1])) {
    cut--;
  }
  // English is cut between words, unless that would throw away more than half of the room;
  // Chinese has no spaces and may be cut anywhere.
  if (/\w/.test(flat[cut - 1] ?? '') && /\w/.test(flat[cut])) {
    const space = flat.lastIndexOf(' ', cut);
    if (space > cut / 2) {
      cut = space;
    }
  }
  return `${flat.slice(0, cut).replace(/[\s,;:、，；：]+$/, '')}…`;
}
