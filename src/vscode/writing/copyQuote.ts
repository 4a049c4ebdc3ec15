import * as vscode from 'vscode';
import { findProvision } from '../../core/model';
import { formatQuote, pinpoint, templateFor } from '../../core/references';
import { selectedSentences } from '../../core/references/selectedSentences';
import { Refused, refused } from '../commands/result';
import { resolvePolicyText } from '../reading/policyText';
import { uiLanguage } from '../reading/settings';
import { Services } from '../services';
import { ReferenceFormats } from './referenceFormats';

// The quote goes wherever the writer pastes it; Markdown is what most drafts are written in.
const CLIPBOARD_LANGUAGE_ID = 'markdown';

/**
 * In a policy text, the selected sentences of one provision go to the clipboard as a block quote
 * closed by its reference. Resolves with the quote, or a refusal (shown) if the selection is in no provision.
 */
export async function copyQuote(services: Services, formats: ReferenceFormats, editor: vscode.TextEditor): Promise<string | Refused> {
  const text = await resolvePolicyText(services, editor.document.uri);
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  const rendered = text && text.renderings[text.language].provisions.find((candidate) => candidate.text.start <= start && start <= candidate.text.end);
  if (!text || !rendered) {
    return refused(vscode.l10n.t('Select sentences of a provision to copy them as a quote.'));
  }
  const provision = findProvision(text.document, rendered.number);
  if (!provision) {
    return refused(vscode.l10n.t('Select sentences of a provision to copy them as a quote.'));
  }
  const body = provision.text[text.language];
  const sentences = selectedSentences(body, text.language, start - rendered.text.start, Math.min(end, rendered.text.end) - rendered.text.start);
  const active = await formats.get();
  const result = formatQuote(text.document, provision, {
    language: text.language,
    languageId: CLIPBOARD_LANGUAGE_ID,
    format: templateFor(active.defaultFormat(CLIPBOARD_LANGUAGE_ID), text.document),
    citationKeys: active.citationKeys,
    sentences,
  });
  if ('error' in result) {
    return refused(result.error);
  }
  await vscode.env.clipboard.writeText(result.quote);
  void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} as a quote.', pinpoint(text.document, provision.number, uiLanguage())));
  return result.quote;
}
