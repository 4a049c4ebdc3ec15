import * as vscode from 'vscode';
import { ConcordanceLine, ConcordanceOrder, ConcordanceQueryError, concordance, corpusPassages } from '../../core/corpus';
import { invocation } from '../commands/invocation';
import { flag, oneOf, optional, provisionNumber, tagIds, text, withArgs } from '../commands/readers';
import { Refused, Result, ok, refusal, refused } from '../commands/result';
import { Services } from '../services';
import { ConcordanceNode, ConcordanceView } from './concordanceView';
import { COMMANDS } from '../commands/commandIds';

const CONCORDANCE_ARGS = { query: text, regex: optional(flag), ignoreCase: optional(flag), width: optional(provisionNumber) };
const SORT_ARGS = { order: oneOf<ConcordanceOrder>(['left', 'right', 'corpus']) };
const AUTOCODE_ARGS = { tags: tagIds, lines: optional(lineIndexes) };

/** What the concordance command returns: the lines shown, as data. */
export interface ConcordanceResult {
  readonly lines: readonly ConcordanceLine[];
}

/**
 * `policyAnnotator.concordance` `{ query, regex?, ignoreCase?, width? }`: every occurrence across the corpus, in
 * the Concordance view. From the editor's context menu it looks for the selection; from the
 * palette it asks for the query, offering the selection.
 */
export function concordanceCommand(services: Services, view: ConcordanceView, treeView: vscode.TreeView<ConcordanceNode>): (value?: unknown) => Promise<ConcordanceResult | Refused | undefined> {
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
  return async (value) => {
    const call = invocation(value);
    if ('args' in call) {
      return withArgs(call.args, CONCORDANCE_ARGS, run);
    }
    // From an editor's context menu, which passes the editor's URI, the selection is the query.
    const fromMenu = call.item instanceof vscode.Uri ? call.item.toString() : undefined;
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
export function sortConcordanceCommand(view: ConcordanceView): (value?: unknown) => Promise<ConcordanceResult | Refused | undefined> {
  const sort = ({ order }: { order: ConcordanceOrder }) => {
    view.sort(order);
    return Promise.resolve({ lines: view.current.lines });
  };
  return async (value) => {
    const call = invocation(value);
    if ('args' in call) {
      return withArgs(call.args, SORT_ARGS, sort);
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
export function autocodeConcordanceCommand(view: ConcordanceView, treeView: vscode.TreeView<ConcordanceNode>): (value?: unknown, selected?: unknown) => Promise<unknown> {
  const code = async ({ tags, lines }: { tags: string[]; lines?: number[] }): Promise<unknown> => {
    const { query, regex } = view.current;
    const chosen = (lines ?? view.current.lines.map((_, index) => index)).flatMap((index) => view.current.lines[index] ?? []);
    if (chosen.length === 0) {
      return refused(vscode.l10n.t('Choose lines of the concordance to code.'));
    }
    return vscode.commands.executeCommand(COMMANDS.autocode, {
      query: regex ? `/${query}/` : `"${query}"`,
      tags,
      scope: 'match',
      at: chosen.map(({ document, provision, language, offset }) => ({ document, provision, language, offset })),
    });
  };
  return async (value) => {
    const call = invocation(value);
    if ('args' in call) {
      return withArgs(call.args, AUTOCODE_ARGS, code);
    }
    const rows = treeView.selection.length > 0 ? treeView.selection : isNode(value) ? [value] : [];
    const tags = await vscode.window.showInputBox({
      title: vscode.l10n.t('Auto-code from here'),
      prompt: vscode.l10n.t('The tags to apply to the {0} lines chosen, separated by commas', rows.length),
    });
    const names = (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
    return names.length > 0 ? code({ tags: names, lines: rows.map((row) => row.index) }) : undefined;
  };
}

function isNode(value: unknown): value is ConcordanceNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'concordanceLine';
}

/** Indexes of lines in the view, 0 for the first. */
function lineIndexes(value: unknown, name: string): Result<number[]> {
  return Array.isArray(value) && value.every((index) => Number.isInteger(index) && (index as number) >= 0)
    ? ok(value as number[])
    : refusal(vscode.l10n.t('{0} must be a list of line numbers (0 for the first line).', name));
}
