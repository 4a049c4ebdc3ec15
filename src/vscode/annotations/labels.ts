import * as vscode from 'vscode';
import { Annotation, Codebook, Tag } from '../../core/annotations/model/annotation';
import { Language } from '../../core/model';
import { excerpt } from '../../core/references/excerpt';
import { escapeMarkdown } from '../../core/references/quote';

// A label is one line of a list; the note itself is in the tooltip.
const LABEL_LENGTH = 60;

/** "Privacy (隐私)": both labels, so either language finds and reads it; one when they are the same. */
export function bilingualLabel(tag: Tag): string {
  return tag.label.en === tag.label.zh ? tag.label.en : `${tag.label.en} (${tag.label.zh})`;
}

/** The annotation's tags by their labels in `language`, in the annotation's order; a tag the codebook lacks by its id. */
export function tagLabels(annotation: Annotation, codebook: Codebook, language: Language): string[] {
  return annotation.tags.map((id) => codebook.tags.find((tag) => tag.id === id)?.label[language] ?? id);
}

/** What an annotation is called in a list: its tags, else the first line of its note. */
export function annotationLabel(annotation: Annotation, codebook: Codebook, language: Language): string {
  const tags = tagLabels(annotation, codebook, language);
  if (tags.length > 0) {
    return tags.join(', ');
  }
  const firstLine = annotation.note?.split('\n').find((line) => line.trim() !== '');
  return firstLine ? excerpt(firstLine, LABEL_LENGTH) : vscode.l10n.t('(no note)');
}

/** "Li Wei · 2024-05-01 10:22 UTC", and when it was last edited if that is later. */
export function byline(annotation: Annotation): string {
  const time = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const edited = annotation.updated !== annotation.created ? ` · ${vscode.l10n.t('edited {0}', time(annotation.updated))}` : '';
  return `${annotation.author} · ${time(annotation.created)}${edited}`;
}

/**
 * Notes are Markdown written by anyone with access to the repository: they are always rendered
 * untrusted (no command links) and without HTML.
 */
export function untrustedMarkdown(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

/** The tags, the quoted words, the note and the byline, for tooltips and hovers. */
export function annotationMarkdown(annotation: Annotation, codebook: Codebook, language: Language, orphaned = false): vscode.MarkdownString {
  const markdown = untrustedMarkdown();
  const tags = tagLabels(annotation, codebook, language);
  if (tags.length > 0) {
    markdown.appendMarkdown(`**${escapeMarkdown(tags.join(', '))}**\n\n`);
  }
  if (annotation.span) {
    const lost = orphaned ? ` ${vscode.l10n.t('(orphaned: these words are no longer in the text)')}` : '';
    markdown.appendMarkdown(`> ${escapeMarkdown(annotation.span.exact.replace(/\s+/g, ' '))}${escapeMarkdown(lost)}\n\n`);
  }
  if (annotation.note) {
    markdown.appendMarkdown(`${annotation.note}\n\n`);
  }
  markdown.appendMarkdown(`*${escapeMarkdown(byline(annotation))}*`);
  return markdown;
}
