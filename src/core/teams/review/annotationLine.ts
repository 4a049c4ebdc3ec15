import { Annotation } from '../../annotations/model/annotation';

export interface LineOptions {
  /** Longest quote and note shown, in characters; longer ones end in "…". Absent: all of it. */
  readonly maxQuote?: number;
  readonly maxNote?: number;
}

/**
 * An annotation in one line of words, as diffs show it:
 * `¶15 [privacy, security] en "personal information…" — the note`. A whole-provision annotation
 * has no quote; a note's line breaks are shown as ⏎ so that it stays on one line.
 */
export function annotationLine(annotation: Annotation, options: LineOptions = {}): string {
  const tags = annotation.tags.length > 0 ? ` [${annotation.tags.join(', ')}]` : '';
  const quote = annotation.span ? ` ${annotation.span.language} "${shorten(oneLine(annotation.span.exact), options.maxQuote)}"` : '';
  const note = annotation.note !== undefined ? ` — ${shorten(oneLine(annotation.note), options.maxNote)}` : '';
  return `¶${annotation.provision}${tags}${quote}${note}`;
}

export function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ⏎ ');
}

/** At most `max` characters (whole code points), the last of them "…" when something was cut. */
export function shorten(text: string, max: number | undefined): string {
  const characters = Array.from(text);
  return max === undefined || characters.length <= max ? text : `${characters.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
