/**
 * Source text as Markdown that renders as itself. Unlike `MarkdownString.appendText`, which turns
 * every space into `&nbsp;`, this keeps spaces, so long sentences wrap in hovers and tooltips.
 */
export function markdownText(text: string): string {
  // Every ASCII punctuation mark CommonMark lets a backslash escape that could start markup here.
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}
