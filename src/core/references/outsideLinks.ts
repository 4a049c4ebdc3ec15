import { Span } from './overlaps';
import { URI_PREFIX } from './uri';

const EMBEDDED_URI = new RegExp(`${URI_PREFIX}[a-z0-9][a-z0-9-]*/\\d{1,4}`, 'g');
const EDGE = /^[\s()]+|[\s()]+$/g;

/**
 * The stretches of `text[start, end)` outside the `policy-annotator:` links it holds, for editors
 * where another extension links those itself (Markdown links every inline link's destination):
 * two links over one stretch would hide each other. Stretches are trimmed of the parentheses
 * around a link destination and dropped if nothing is left but punctuation.
 */
export function outsideProvisionLinks(text: string, start: number, end: number): Span[] {
  const stretches: Span[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  const keep = (to: number): void => {
    const piece = slice.slice(from, to);
    const lead = piece.length - piece.replace(/^[\s()]+/, '').length;
    const trimmed = piece.replace(EDGE, '');
    if (/[\p{L}\p{N}]/u.test(trimmed)) {
      stretches.push({ start: start + from + lead, end: start + from + lead + trimmed.length });
    }
  };
  for (const match of slice.matchAll(EMBEDDED_URI)) {
    keep(match.index);
    from = match.index + match[0].length;
  }
  keep(slice.length);
  return stretches;
}
