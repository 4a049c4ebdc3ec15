import * as vscode from 'vscode';
import { Annotation, Codebook } from '../../../core/annotations/model/annotation';
import { Language } from '../../../core/model';
import { tagLabels, untrustedMarkdown } from '../labels';

/** The contextValue of this coder's notes: only those offer Edit and Delete (a teammate's file is theirs). */
const OWN_NOTE = 'policyNote.own';
const OTHERS_NOTE = 'policyNote';

/** One annotation as a comment; VS Code hands it back to the edit, save and delete commands. */
export class NoteComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  readonly author: vscode.CommentAuthorInformation;
  readonly label?: string;
  readonly contextValue: string;
  readonly timestamp: Date;

  constructor(
    readonly annotation: Annotation,
    codebook: Codebook,
    language: Language,
    own: boolean,
    /** The thread the comment is in, for the commands that change it. */
    readonly thread: vscode.CommentThread,
  ) {
    this.body = noteBody(annotation, codebook, language);
    this.author = { name: annotation.author };
    const tags = tagLabels(annotation, codebook, language);
    if (tags.length > 0) {
      this.label = tags.join(', ');
    }
    this.contextValue = own ? OWN_NOTE : OTHERS_NOTE;
    this.timestamp = new Date(annotation.created);
  }

  /** The Markdown being written in the comment's edit box (VS Code puts it in `body` before a command runs). */
  get text(): string {
    return typeof this.body === 'string' ? this.body : this.body.value;
  }
}

/** The note, untrusted and without HTML; a note-less (orphaned) annotation shows its tags instead. */
function noteBody(annotation: Annotation, codebook: Codebook, language: Language): vscode.MarkdownString {
  const body = untrustedMarkdown();
  if (annotation.note !== undefined) {
    body.appendMarkdown(annotation.note);
  } else {
    body.appendText(tagLabels(annotation, codebook, language).join(', ') || vscode.l10n.t('(no note)'));
  }
  return body;
}
