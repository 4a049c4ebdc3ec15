import * as vscode from 'vscode';
import { Language, PolicyDocument, byNumber } from '../../core/model';
import { OffsetRange } from '../../core/render/renderDocument';
import { oneOf, optional, provisionOrNull, text } from '../commands/readers';
import { Refused, refused } from '../commands/result';
import { policyTextUri } from '../reading/policyUri';
import { Services } from '../services';
import { documentName } from '../documents/documentName';

export interface OpenChangeArgs {
  readonly old: string;
  readonly new: string;
  /** The provision's number in each version; null (or absent) where it has none (added, removed). */
  readonly oldProvision?: number | null;
  readonly newProvision?: number | null;
  /** Chinese by default, the original. */
  readonly language?: Language;
}

export interface OpenedChange {
  /** The URIs of the diff editor's two sides, old then new. */
  readonly original: string;
  readonly modified: string;
}

/** How the command that opens a change reads its argument object. */
export const OPEN_CHANGE_ARGS = {
  old: text,
  new: text,
  oldProvision: provisionOrNull,
  newProvision: provisionOrNull,
  language: optional(oneOf<Language>(['en', 'zh'])),
};

/**
 * The two versions in VS Code's diff editor, one language each side, at the provision: the new
 * text selects it, the old one scrolls to where it was. The editor's own navigation then walks
 * through every other change.
 */
export async function openChange(services: Services, args: OpenChangeArgs): Promise<OpenedChange | Refused> {
  const [from, to] = await Promise.all([services.findDocument(args.old), services.findDocument(args.new)]);
  if (!from || !to) {
    return refused(vscode.l10n.t('Unknown document "{0}".', from ? args.new : args.old));
  }
  const language = args.language ?? 'zh';
  const original = policyTextUri(from, language);
  const modified = policyTextUri(to, language);
  const title = vscode.l10n.t('{0} ↔ {1}', documentName(from, language), documentName(to, language));
  const oldRange = provisionRange(services, from, language, args.oldProvision);
  const newRange = provisionRange(services, to, language, args.newProvision);
  await vscode.commands.executeCommand('vscode.diff', original, modified, title, { preview: true });
  for (const [uri, range] of [
    [original, oldRange],
    [modified, newRange],
  ] as const) {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
    if (editor && range) {
      const selection = new vscode.Range(editor.document.positionAt(range.start), editor.document.positionAt(range.end));
      if (uri === modified) {
        editor.selection = new vscode.Selection(selection.start, selection.end);
      }
      editor.revealRange(selection, vscode.TextEditorRevealType.AtTop);
    }
  }
  return { original: original.toString(), modified: modified.toString() };
}

/** From the provision's heading to the end of its text, in the rendering. */
function provisionRange(services: Services, document: PolicyDocument, language: Language, number: number | null | undefined): OffsetRange | undefined {
  const rendered = number === null || number === undefined ? undefined : byNumber(services.getRendered(document, language).provisions, number);
  return rendered && { start: rendered.heading.start, end: rendered.text.end };
}
