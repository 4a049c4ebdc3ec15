import * as vscode from 'vscode';
import { Language } from '../../core/model';
import { ProvisionChange } from '../../core/versions/compareVersions';
import { contentOf } from '../../core/versions/provisionContent';
import { diffText } from '../../core/versions/textDiff';
import { documentName } from '../documents/documentName';
import { Comparison, newProvision, oldProvision } from './shownComparison';

/** What happened to a provision, in a few words for the view and the hover. */
export function changeSummary(change: ProvisionChange): string {
  switch (change.kind) {
    case 'unchanged':
      return vscode.l10n.t('unchanged');
    case 'renumbered':
      return vscode.l10n.t('renumbered, was {0}', change.old ?? '');
    case 'changed':
      return change.old === change.new ? vscode.l10n.t('changed') : vscode.l10n.t('changed, was {0}', change.old ?? '');
    case 'added':
      return change.splitFrom === undefined ? vscode.l10n.t('added') : vscode.l10n.t('added, much of it from {0}', change.splitFrom);
    case 'removed':
      return change.mergedInto === undefined ? vscode.l10n.t('removed') : vscode.l10n.t('removed, merged into {0}', change.mergedInto);
  }
}

/** Markdown-safe text: the law's brackets and asterisks are not markup. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`).replace(/\n/g, '  \n');
}

/** The change inside the provision, deletions struck through and insertions in bold, in `language`. */
export function changeMarkdown(comparison: Comparison, change: ProvisionChange, language: Language): vscode.MarkdownString {
  const before = oldProvision(comparison, change);
  const after = newProvision(comparison, change);
  const segments = diffText(before ? contentOf(before, language) : '', after ? contentOf(after, language) : '');
  const body = segments.map((segment) => (segment.op === 'equal' ? plain(segment.text) : segment.op === 'delete' ? `~~${plain(segment.text)}~~` : `**${plain(segment.text)}**`)).join('');
  const markdown = new vscode.MarkdownString(`**${plain(documentName(comparison.from, language))} → ${plain(documentName(comparison.to, language))}** · ${changeSummary(change)}\n\n`);
  markdown.appendMarkdown(body);
  return markdown;
}
