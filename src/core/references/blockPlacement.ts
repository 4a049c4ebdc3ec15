/** What goes around a block (a quote) inserted into running text so that it stands as its own paragraph. */
export interface BlockPadding {
  readonly lead: string;
  readonly trail: string;
}

/**
 * A block needs a blank line between it and the text on either side (Markdown and LaTeX both
 * read one as a paragraph break); `before` and `after` are the document's text on each side of
 * the insertion. Lines holding only spaces count as blank.
 */
export function blockPadding(before: string, after: string): BlockPadding {
  return { lead: leadFor(before), trail: trailFor(after) };
}

function leadFor(before: string): string {
  if (before.trim() === '' || /\n[ \t]*\n[ \t]*$/.test(before)) {
    return '';
  }
  return /\n[ \t]*$/.test(before) ? '\n' : '\n\n';
}

function trailFor(after: string): string {
  if (after.trim() === '') {
    // The end of the file: close the last line.
    return after.startsWith('\n') ? '' : '\n';
  }
  if (/^[ \t]*\n[ \t]*\n/.test(after)) {
    return '';
  }
  return /^[ \t]*\n/.test(after) ? '\n' : '\n\n';
}
