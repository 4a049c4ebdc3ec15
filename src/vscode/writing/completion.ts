import * as vscode from 'vscode';
import { otherLanguage } from '../../core/model';
import { citationKey, pinpoint } from '../../core/references';
import { excerpt } from '../../core/references/excerpt';
import { CompletionTrigger, completionTrigger } from '../../core/references/completionTrigger';
import { treeTitleLanguage } from '../reading/settings';
import { ActiveReferences } from './activeReferences';
import { provisionPreview } from './provisionPreview';
import { ReferenceFormats } from './referenceFormats';

// Articles of laws have no headings: their label shows the opening of the text instead.
const LABEL_EXCERPT = 40;

/**
 * Typing `¶` (or `@` in Markdown, `\cite{` in LaTeX) offers every provision as a reference in
 * the matching format, filtered by number, title or citation key as the writer goes on typing.
 */
export class ReferenceCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly formats: ReferenceFormats) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const line = document.lineAt(position.line).text;
    const trigger = completionTrigger(document.languageId, line.slice(0, position.character), line.slice(position.character));
    if (!trigger) {
      return undefined;
    }
    const active = await this.formats.get();
    const range = new vscode.Range(position.line, trigger.start, position.line, position.character + trigger.closing);
    return completionItems(active, trigger, document.languageId, range);
  }
}

function completionItems(active: ActiveReferences, trigger: CompletionTrigger, languageId: string, range: vscode.Range): vscode.CompletionItem[] {
  // A user may override `pandoc` or `latex` but not remove them; the fallback only satisfies the compiler.
  const format = (trigger.format !== 'default' && active.format(trigger.format)) || active.defaultFormat(languageId);
  // Titles as in the Provisions tree: the UI's language first (policyAnnotator.tree.titleLanguage).
  const language = treeTitleLanguage();
  return active.library.documents.flatMap((document, order) => {
    // Pandoc and LaTeX writers type the citation key after the opener; `¶` is followed by a number.
    const key = trigger.format === 'default' ? '' : `${citationKey(document, active.citationKeys)} `;
    return document.provisions.map((provision) => {
      const reference = active.render(format, document, provision);
      const item = new vscode.CompletionItem(
        { label: `${pinpoint(document, provision.number)} ${provision.title[language] || excerpt(provision.text[language], LABEL_EXCERPT)}`, description: provision.title[otherLanguage(language)] },
        vscode.CompletionItemKind.Reference,
      );
      item.insertText = reference;
      item.range = range;
      item.filterText = `${trigger.opener}${key}${provision.number} ${provision.title.en} ${provision.title.zh}`;
      item.sortText = `${String(order).padStart(3, '0')}-${String(provision.number).padStart(4, '0')}`;
      item.detail = reference;
      item.documentation = joinSections(provisionPreview(document, provision, undefined, language));
      return item;
    });
  });
}

function joinSections(sections: readonly vscode.MarkdownString[]): vscode.MarkdownString {
  return new vscode.MarkdownString(sections.map((section) => section.value).join('\n\n---\n\n'));
}
