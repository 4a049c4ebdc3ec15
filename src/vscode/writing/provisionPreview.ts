import * as vscode from 'vscode';
import { Language, PolicyDocument, Provision, otherLanguage } from '../../core/model';
import { provisionName } from '../../core/references';
import { excerpt } from '../../core/references/excerpt';
import { escapeMarkdown } from '../../core/references/quote';
import { ProvisionNotes } from '../search/notes';

// A hover that fills the screen hides the draft it explains. Chinese says as much in about a
// fifth of the characters (4.76 English characters per Chinese one in the Opinions).
const PREVIEW_LENGTH: Readonly<Record<Language, number>> = { en: 480, zh: 120 };

/** "Mobile Internet Opinions ¶15 · Safeguarding …" / "移动互联网意见第十五条 · 维护用户合法权益"; "Cybersecurity Law, Art. 21". */
export function provisionCaption(document: PolicyDocument, provision: Provision, language: Language): string {
  const name = provisionName(document, provision.number, language);
  // Articles of a law have no headings.
  return provision.title[language] === '' ? name : `${name} · ${provision.title[language]}`;
}

/**
 * The provision in both languages, `first` (the reader's: the UI's language, or the setting
 * policyAnnotator.tree.titleLanguage) on top, then the user's tags and notes. Untrusted and without HTML:
 * the policy text is escaped (not appendText, which makes every space non-breaking and so keeps
 * a long paragraph from wrapping), and notes are the user's Markdown, rendered without command
 * links or scripts.
 */
export function provisionPreview(document: PolicyDocument, provision: Provision, notes: ProvisionNotes | undefined, first: Language): vscode.MarkdownString[] {
  const sections = [first, otherLanguage(first)].map((language) =>
    new vscode.MarkdownString(
      `**${escapeMarkdown(provisionCaption(document, provision, language))}**\n\n${escapeMarkdown(excerpt(provision.text[language], PREVIEW_LENGTH[language]))}`,
    ),
  );
  if (notes && (notes.tags.length > 0 || notes.notes.length > 0)) {
    const section = new vscode.MarkdownString();
    if (notes.tags.length > 0) {
      section.appendMarkdown(`**${vscode.l10n.t('Tags')}:** ${escapeMarkdown(notes.tags.join(', '))}\n\n`);
    }
    for (const note of notes.notes) {
      section.appendMarkdown(note).appendMarkdown('\n\n');
    }
    sections.push(section);
  }
  return sections;
}
