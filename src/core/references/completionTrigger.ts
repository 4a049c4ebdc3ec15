/** The characters after which a draft offers references to complete. */
export const COMPLETION_TRIGGERS = ['¶', '@', '{'] as const;

/**
 * Where a reference being typed starts and which format completes it:
 * - `¶` (optionally followed by digits) anywhere: the draft's default format;
 * - `@` or `[@` starting a word in Markdown: Pandoc's citation (`[@key, para. 15]`);
 * - `\cite{`, `\cite[…]{` in LaTeX: the `latex` format, which writes the whole `\cite`.
 */
export interface CompletionTrigger {
  readonly format: 'default' | 'pandoc' | 'latex';
  /** Offset in the line where the replaced text starts. */
  readonly start: number;
  /** The text that opened the reference (`¶`, `[@`, `\cite{`); what follows it is what the writer filters by. */
  readonly opener: string;
  /** How many characters after the cursor the completion also replaces: a bracket the editor closed. */
  readonly closing: number;
}

const PARAGRAPH = /(¶)\d*$/;
const PANDOC = /(?<=^|[\s([;])(\[?@)[\w:.#$%&+?<>~/-]*$/;
const LATEX_CITE = /(\\cite(?:\[[^\]]*\])?\{)[^{}]*$/;

/** The trigger the text before the cursor ends with, or undefined where no reference is being typed. */
export function completionTrigger(languageId: string, before: string, after: string): CompletionTrigger | undefined {
  const paragraph = PARAGRAPH.exec(before);
  if (paragraph) {
    return { format: 'default', start: paragraph.index, opener: paragraph[1], closing: 0 };
  }
  const pandoc = languageId === 'markdown' ? PANDOC.exec(before) : null;
  if (pandoc) {
    return { format: 'pandoc', start: pandoc.index, opener: pandoc[1], closing: pandoc[1] === '[@' && after.startsWith(']') ? 1 : 0 };
  }
  const cite = languageId === 'latex' ? LATEX_CITE.exec(before) : null;
  if (cite) {
    return { format: 'latex', start: cite.index, opener: cite[1], closing: after.startsWith('}') ? 1 : 0 };
  }
  return undefined;
}
