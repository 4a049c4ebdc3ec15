import * as vscode from 'vscode';

/** The drafts whose references are recognised: saved or untitled Markdown, LaTeX and plain text. */
export const DRAFT_SELECTOR: vscode.DocumentSelector = ['markdown', 'latex', 'tex', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ language, scheme })),
);

export function isDraft(document: vscode.TextDocument): boolean {
  return vscode.languages.match(DRAFT_SELECTOR, document) > 0;
}
