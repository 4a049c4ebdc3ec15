import * as vscode from 'vscode';
import { ConcordanceLine, ConcordanceOrder, ConcordanceQueryError, concordance, corpusPassages } from '../../core/corpus';
import { ANNOTATION_COMMANDS } from '../annotations/commands';
import { AutocodeOutcome } from '../annotations/autocodeCommand';
import { Call, runCommand } from '../commands/declaration';
import { Values, flag, oneOf, optional, provisionNumber, tagIds, text } from '../commands/readers';
import { Refused, Result, ok, refusal, refused } from '../commands/result';
import { Services } from '../services';
import { ConcordanceNode, ConcordanceView } from './concordanceView';

export const CONCORDANCE_ARGS = { query: text, regex: optional(flag), ignoreCase: optional(flag), width: optional(provisionNumber) };
export const SORT_ARGS = { order: oneOf<ConcordanceOrder>(['left', 'right', 'corpus']) };
export const AUTOCODE_LINES_ARGS = { tags: tagIds, lines: optional(lineIndexes) };

/** What the concordance command returns: the lines shown, as data. */
export interface ConcordanceResult {
  readonly lines: readonly ConcordanceLine[];
}

/**
 * `policyAnnotator.concordance` `{ query, regex?, ignoreCase?, width? }`: every occurrence across the corpus, in
 * the Concordance view. From the editor's context menu it looks for the selection; from the
 * palette it asks for the query, offering the selection.
 */
export function concordanceCommand(services: Services, view: ConcordanceView, treeView: vscode.TreeView<ConcordanceNode>): (call: Call<Values<typeof CONCORDANCE_ARGS>, vscode.Uri>) => Promise<ConcordanceResult | Refused | undefined> {
  const run = async ({ query, regex = false, ignoreCase = false, width }: { query: string; regex?: boolean; ignoreCase?: boolean; width?: number }): Promise<ConcordanceResult | Refused> => {
    const passages = corpusPassages((await services.getLibrary()).documents);
    let lines: ConcordanceLine[];
    try {
      lines = concordance(passages, { query, regex, ignoreCase, ...(width !== undefined && { width }) });
    } catch (thrown) {
      if (thrown instanceof ConcordanceQueryError) {
        return refused(thrown.message);
      }
      throw thrown;
    }
    view.show({ query, regex, lines });
    treeView.message = vscode.l10n.t('{0} occurrences of “{1}”', lines.length, query);
    await vscode.commands.executeCommand('policyAnnotator.concordance.focus');
    return { lines };
  };
  return async (call) => {
    if ('args' in call) {
      return run(call.args);
    }
    // From an editor's context menu, which passes the editor's URI, the selection is the query.
    const fromMenu = call.item?.toString();
    const editor = fromMenu ? vscode.window.visibleTextEditors.find((visible) => visible.document.uri.toString() === fromMenu) : vscode.window.activeTextEditor;
    const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
    if (fromMenu && selected !== '') {
      return run({ query: selected });
    }
    const query = await vscode.window.showInputBox({
      title: vscode.l10n.t('Concordance'),
      prompt: vscode.l10n.t('A word or phrase to find in every document'),
      value: selected,
      validateInput: (input) => (input === '' ? vscode.l10n.t('Type what to look for.') : undefined),
    });
    return query ? run({ query }) : undefined;
  };
}

/** `policyAnnotator.sortConcordance` `{ order }`: by the words left or right of the match, or back in corpus order. */
export function sortConcordanceCommand(view: ConcordanceView): (call: Call<Values<typeof SORT_ARGS>, never>) => Promise<ConcordanceResult | undefined> {
  const sort = ({ order }: { order: ConcordanceOrder }) => {
    view.sort(order);
    return Promise.resolve({ lines: view.current.lines });
  };
  return async (call) => {
    if ('args' in call) {
      return sort(call.args);
    }
    const items = [
      { label: vscode.l10n.t('By the words left of the match'), order: 'left' as const },
      { label: vscode.l10n.t('By the words right of the match'), order: 'right' as const },
      { label: vscode.l10n.t('In corpus order'), order: 'corpus' as const },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort the Concordance') });
    return picked ? sort(picked) : undefined;
  };
}

/**
 * `policyAnnotator.autocodeConcordance` `{ tags, lines? }`: codes the words matched on the lines
 * chosen (their indexes in the view; the selected rows from the UI) with the auto-coding of
 * `policyAnnotator.autocode`, restricted to those places.
 */
export function autocodeConcordanceCommand(view: ConcordanceView, treeView: vscode.TreeView<ConcordanceNode>): (call: Call<Values<typeof AUTOCODE_LINES_ARGS>, ConcordanceNode>) => Promise<AutocodeOutcome> {
  const code = async ({ tags, lines }: { tags: string[]; lines?: number[] }): Promise<AutocodeOutcome> => {
    const { query, regex } = view.current;
    const chosen = (lines ?? view.current.lines.map((_, index) => index)).flatMap((index) => view.current.lines[index] ?? []);
    if (chosen.length === 0) {
      return refused(vscode.l10n.t('Choose lines of the concordance to code.'));
    }
    return runCommand(ANNOTATION_COMMANDS.autocode, {
      query: regex ? `/${query}/` : `"${query}"`,
      tags,
      scope: 'match',
      at: chosen.map(({ document, provision, language, offset }) => ({ document, provision, language, offset })),
    });
  };
  return async (call) => {
    if ('args' in call) {
      return code(call.args);
    }
    const rows = treeView.selection.length > 0 ? treeView.selection : call.item ? [call.item] : [];
    const tags = await vscode.window.showInputBox({
      title: vscode.l10n.t('Auto-code from here'),
      prompt: vscode.l10n.t('The tags to apply to the {0} lines chosen, separated by commas', rows.length),
    });
    const names = (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
    return names.length > 0 ? code({ tags: names, lines: rows.map((row) => row.index) }) : undefined;
  };
}

/** Indexes of lines in the view, 0 for the first. */
function lineIndexes(value: unknown, name: string): Result<number[]> {
  return Array.isArray(value) && value.every((index) => Number.isInteger(index) && (index as number) >= 0)
    ? ok(value as number[])
    : refusal(vscode.l10n.t('{0} must be a list of line numbers (0 for the first line).', name));
}
