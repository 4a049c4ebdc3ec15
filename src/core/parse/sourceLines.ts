/**
 * A source file as the parser reads it: one entry per non-blank line, with its 1-based line number,
 * Markdown's heading marks and HTML comments taken off, and the metadata block of the LawRefBook
 * format (everything above `<!-- INFO END -->`) set apart.
 */

export interface SourceLine {
  /** 1-based, in the file as given. */
  readonly line: number;
  /** The line's text, trimmed, without Markdown heading marks; verbatim otherwise. */
  readonly text: string;
  /** 1 for `# …`, 2 for `## …`; 0 for a line that is not a Markdown heading. */
  readonly heading: number;
  /** Above `<!-- INFO END -->`: the file's own metadata, not the document's text. */
  readonly front: boolean;
}

const INFO_END = /^<!--\s*INFO END\s*-->$/i;
const COMMENT = /^<!--.*-->$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
// Markdown emphasis around a whole line or a leading label (**第一条** …): formatting, not text.
const WHOLE_EMPHASIS = /^(\*\*|__)(.+?)\1/;
// Whitespace around lines: ASCII, the ideographic space (U+3000) and the no-break space.
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g;

export function sourceLines(text: string): SourceLine[] {
  const raw = text.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  const infoEnd = raw.findIndex((line) => INFO_END.test(line.trim()));
  const lines: SourceLine[] = [];
  raw.forEach((rawLine, index) => {
    const trimmed = rawLine.replace(EDGE_SPACE, '');
    if (trimmed === '' || COMMENT.test(trimmed)) {
      return;
    }
    const heading = MARKDOWN_HEADING.exec(trimmed);
    const content = (heading ? heading[2] : trimmed).replace(WHOLE_EMPHASIS, '$2');
    if (content === '') {
      return;
    }
    lines.push({ line: index + 1, text: content, heading: heading ? heading[1].length : 0, front: index < infoEnd });
  });
  return lines;
}

// "…制定本规则。 第二条 凡…": an article run on after the sentence ending the one before, spaced
// on both sides as an article's opening is (a reference inside a sentence never is).
const RUN_ON_ARTICLE = /(?<=[。；])[ \u3000]+(?=第[零〇一二两三四五六七八九十百千\d０-９]+条(?:之[一二三四五六七八九十]+)?[ \u3000])/;

/** Lines holding several articles one after the other, split where each article begins. */
export function splitRunOnArticles(lines: readonly SourceLine[]): SourceLine[] {
  return lines.flatMap((line) => (RUN_ON_ARTICLE.test(line.text) ? line.text.split(RUN_ON_ARTICLE).map((text) => ({ ...line, text })) : [line]));
}
