import * as vscode from 'vscode';
import { QuoteLanguage, formatQuote, templateFor } from '../../core/references';
import { blockPadding } from '../../core/references/blockPlacement';
import { parsePolicyTextUri } from '../reading/policyUri';
import { pickProvision } from '../search/pickProvision';
import { ProvisionSearcher } from '../search/searcher';
import { Services } from '../services';
import { Call } from '../commands/declaration';
import { Refused, refused } from '../commands/result';
import { QuoteArgs, resolveReferenceArgs } from './commandArgs';
import { copyQuote } from './copyQuote';
import { insertAtSelections, writableEditor } from './editorInsert';
import { ReferenceFormats } from './referenceFormats';

/**
 * `policyAnnotator.insertQuote`: asks for a provision and a language (or takes `{ document?,
 * provision, language?, sentences?, format? }`; language defaults to both) and writes the text as
 * a block quote in the draft's markup, closed by the reference, at every cursor. Run from a policy
 * text without arguments, it copies the selected sentences as a quote instead. Resolves with the quote,
 * a refusal (shown) when it wrote nothing, or undefined when the user cancelled a pick.
 */
export function insertQuoteCommand(services: Services, formats: ReferenceFormats, searcher: ProvisionSearcher): (call: Call<QuoteArgs, never>) => Promise<string | Refused | undefined> {
  return async (call) => {
    const current = vscode.window.activeTextEditor;
    if (!('args' in call) && current && parsePolicyTextUri(current.document.uri)) {
      return copyQuote(services, formats, current);
    }
    const editor = writableEditor();
    if (!editor) {
      return refused(vscode.l10n.t('Open a draft (Markdown, LaTeX or text) to insert a quote into.'));
    }
    const active = await formats.get();
    let args: QuoteArgs;
    if ('args' in call) {
      args = call.args;
    } else {
      const picked = await pickProvision(active.library, searcher, vscode.l10n.t('Insert Quote'));
      const language = picked && (await pickLanguage());
      if (!picked || !language) {
        return undefined;
      }
      args = { document: picked.document.id, provision: picked.provision.number, language };
    }
    const resolved = resolveReferenceArgs(active, args);
    if (!resolved.ok) {
      return refused(resolved.reason);
    }
    const { document, provision, format = active.defaultFormat(editor.document.languageId) } = resolved.value;
    const result = formatQuote(document, provision, {
      language: args.language ?? 'both',
      languageId: editor.document.languageId,
      format: templateFor(format, document),
      citationKeys: active.citationKeys,
      ...(args.sentences && { sentences: args.sentences }),
    });
    if ('error' in result) {
      return refused(result.error);
    }
    const text = editor.document.getText();
    const inserted = await insertAtSelections(editor, (selection) => {
      const { lead, trail } = blockPadding(text.slice(0, editor.document.offsetAt(selection.start)), text.slice(editor.document.offsetAt(selection.end)));
      return lead + result.quote + trail;
    });
    return inserted ? result.quote : refused(vscode.l10n.t('The editor did not accept the text.'));
  };
}

interface LanguageItem extends vscode.QuickPickItem {
  readonly language: QuoteLanguage;
}

async function pickLanguage(): Promise<QuoteLanguage | undefined> {
  const items: LanguageItem[] = [
    { label: vscode.l10n.t('English and Chinese'), language: 'both' },
    { label: 'English', description: vscode.l10n.t('the translation'), language: 'en' },
    { label: '中文', description: vscode.l10n.t('the original'), language: 'zh' },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Insert Quote'), placeHolder: vscode.l10n.t('Quote the provision in') });
  return chosen?.language;
}
