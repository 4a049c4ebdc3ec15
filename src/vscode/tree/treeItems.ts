import * as vscode from 'vscode';
import { Language, Provision, otherLanguage } from '../../core/model';
import { excerpt } from '../../core/references/excerpt';
import { markdownText } from '../reading/markdownText';
import { DocumentNode, PartNode, ProvisionNode } from './nodes';
import { versionDate } from '../../core/versions/versionFamilies';
import { COMMANDS } from '../commands/commandIds';

// Enough of a provision to recall what it says, short enough for a tooltip in two languages
// (a Chinese character says about as much as four or five English ones).
const OPENING_LENGTH = { en: 220, zh: 90 } as const;

/** Untrusted: the text is the source's, and nothing in a tooltip should run a command. */
function tooltip(sections: readonly { heading: string; body: string }[]): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  sections.forEach(({ heading, body }, index) => {
    if (index > 0) {
      markdown.appendMarkdown('\n\n---\n\n');
    }
    markdown.appendMarkdown(`**${markdownText(heading)}**`);
    if (body) {
      markdown.appendMarkdown(`\n\n${markdownText(body)}`);
    }
  });
  return markdown;
}

/** Both languages, the reader's first. */
function inOrder(first: Language): readonly Language[] {
  return [first, otherLanguage(first)];
}

export function documentItem(node: DocumentNode, language: Language): vscode.TreeItem {
  const { document } = node;
  const item = new vscode.TreeItem(document.shortTitle[language], vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  // A version is told by the date of its latest amendment (a revised law keeps its first date of adoption).
  item.description = versionDate(document);
  item.contextValue = 'policyDocument';
  item.iconPath = new vscode.ThemeIcon('book');
  item.tooltip = tooltip(inOrder(language).map((lang) => ({ heading: document.title[lang], body: document.issuers[lang].join(lang === 'en' ? ', ' : '、') })));
  return item;
}

/** "IV. Title" / "四、标题" for the Opinions' parts; "Chapter II Title" / "第二章 标题" for a law's divisions. */
export function partLabel(node: PartNode, language: Language): string {
  const { numeral, title, kind } = node.part;
  // A document without translation names its divisions in Chinese in both places.
  const lang = numeral[language] || title[language] ? language : 'zh';
  if (kind === 'part') {
    return lang === 'en' ? `${numeral.en}. ${title.en}` : `${numeral.zh}、${title.zh}`;
  }
  return [numeral[lang], title[lang]].filter(Boolean).join(' ');
}

export function partItem(node: PartNode, language: Language): vscode.TreeItem {
  // The Opinions' six parts open at once; a law's chapters open when asked, its provisions listed then.
  const state = node.part.kind === 'part' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(partLabel(node, language), state);
  item.id = node.id;
  // Without a translation the other language's label is the same Chinese again: no description.
  const other = partLabel(node, otherLanguage(language));
  item.description = other === partLabel(node, language) ? '' : other;
  item.contextValue = 'policyPart';
  item.tooltip = tooltip(inOrder(language).map((lang) => ({ heading: partLabel(node, lang), body: '' })));
  return item;
}

/** "15. Title" where provisions have titles; else the label as written ("Article 38", "第三十八条"). */
export function provisionHeading(provision: Provision, language: Language): string {
  if (provision.title[language]) {
    return `${provision.number}. ${provision.title[language]}`;
  }
  return provision.label[language] || provision.label.zh || `${provision.number}.`;
}

/** `notes`: what children sources say about the provision, shown after its other title. */
export function provisionItem(node: ProvisionNode, language: Language, hasChildren: boolean, notes: readonly string[] = []): vscode.TreeItem {
  const { provision } = node;
  const item = new vscode.TreeItem(
    provisionHeading(provision, language),
    hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = node.id;
  // Without titles (a law's articles), the opening words say what the provision is about.
  const aside = provision.title.zh === '' ? excerpt(provision.text.zh, OPENING_LENGTH.zh / 3) : provision.title[otherLanguage(language)];
  item.description = [aside, ...notes].filter(Boolean).join(' · ');
  item.contextValue = 'policyProvision';
  item.tooltip = tooltip(
    inOrder(language).map((lang) => ({
      heading: provisionHeading(provision, lang),
      body: provision.text[lang] === '' ? vscode.l10n.t('No English translation.') : excerpt(provision.text[lang], OPENING_LENGTH[lang]),
    })),
  );
  item.command = {
    command: COMMANDS.openSideBySide,
    title: vscode.l10n.t('Open Side by Side'),
    arguments: [{ document: node.document.id, provision: provision.number }],
  };
  return item;
}
