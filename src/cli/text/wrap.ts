import { characterWidth, displayWidth, isWide } from './width';

// Marks that close what precedes them may not start a line; marks that open may not end one.
const CLOSING = new Set([...',.;:!?)]}%、。，；：！？）」』”’》〉']);
const OPENING = new Set([...'([{“‘《〈「『（']);

interface Chunk {
  readonly text: string;
  /** Whether a space separated it from the chunk before. */
  readonly spaced: boolean;
}

/**
 * Cuts text into lines of at most `width` columns. English breaks at spaces; Chinese, which has
 * none, between any two characters, except before closing and after opening punctuation.
 * Line breaks in the text are kept.
 */
export function wrap(text: string, width: number): string[] {
  const columns = Math.max(1, width);
  return text.split('\n').flatMap((paragraph) => fill(chunks(paragraph), columns));
}

/** The unbreakable pieces of a paragraph: words, single CJK characters with their punctuation. */
function chunks(paragraph: string): Chunk[] {
  const result: Chunk[] = [];
  let current = '';
  let previous = '';
  let spaced = false;
  for (const character of paragraph) {
    if (/\s/.test(character)) {
      if (current !== '') {
        result.push({ text: current, spaced });
        current = '';
      }
      spaced = true;
    } else {
      const mayBreak = (isWide(previous) || isWide(character)) && !CLOSING.has(character) && !OPENING.has(previous);
      if (current !== '' && mayBreak) {
        result.push({ text: current, spaced });
        spaced = false;
        current = '';
      }
      current += character;
    }
    previous = character;
  }
  if (current !== '') {
    result.push({ text: current, spaced });
  }
  return result;
}

function fill(pieces: readonly Chunk[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const piece of pieces) {
    const pieceWidth = displayWidth(piece.text);
    const gap = line !== '' && piece.spaced ? 1 : 0;
    if (line !== '' && used + gap + pieceWidth > width) {
      lines.push(line);
      line = '';
      used = 0;
    } else if (gap) {
      line += ' ';
      used += 1;
    }
    // A word longer than the line (a URL) is cut wherever it reaches the edge.
    for (const character of piece.text) {
      const characterColumns = characterWidth(character);
      if (used + characterColumns > width && line !== '') {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += character;
      used += characterColumns;
    }
  }
  lines.push(line);
  return lines;
}
