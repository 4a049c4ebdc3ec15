import * as vscode from 'vscode';
import { Language, PolicyDocument } from '../../core/model';
import { OffsetRange } from '../../core/render/renderDocument';
import { ArgumentError, stringArg } from '../annotations/args';
import { policyTextUri } from '../reading/policyUri';
import { Services } from '../services';
import { documentName } from './changeText';

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

function numberOrNull(args: Record<string, unknown>, name: string): number | null {
  const value = args[name];
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ArgumentError(vscode.l10n.t('"{0}" must be a provision number or null.', name));
  }
  return value;
}

export function readOpenChangeArgs(value: unknown): OpenChangeArgs {
  const args = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const language = args.language;
  if (language !== undefined && language !== 'en' && language !== 'zh') {
    throw new ArgumentError(vscode.l10n.t('"language" must be "en" or "zh".'));
  }
  return { old: stringArg(args, 'old'), new: stringArg(args, 'new'), oldProvision: numberOrNull(args, 'oldProvision'), newProvision: numberOrNull(args, 'newProvision'), language };
}

/**
 * The two versions in VS Code's diff editor, one language each side, at the provision: the new
 * text selects it, the old one scrolls to where it was. The editor's own navigation then walks
 * through every other change.
 */
export async function openChange(services: Services, args: OpenChangeArgs): Promise<OpenedChange> {
  const [from, to] = await Promise.all([services.getDocument(args.old), services.getDocument(args.new)]);
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
  const rendered = number === null || number === undefined ? undefined : services.getRendered(document, language).provisions.find((provision) => provision.number === number);
  return rendered && { start: rendered.heading.start, end: rendered.text.end };
}
