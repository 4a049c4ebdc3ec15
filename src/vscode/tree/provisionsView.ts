import * as vscode from 'vscode';
import { Call, registerCommand } from '../commands/declaration';
import { Services } from '../services';
import { ProvisionFocus } from '../reading/linkedEditors';
import { SETTINGS, affects } from '../reading/settings';
import { ProvisionSearcher } from '../search/searcher';
import { DescribedTreeLevel, describeTreeLevel } from './describeTree';
import { ProvisionFilter, textCriterion } from './filter';
import { DocumentGroupsTree, ProvisionsViewNode } from './documentGroupsTree';
import { ProvisionChildrenSource } from './nodes';
import { ProvisionsTree } from './provisionsTree';
import { FilterResult, TREE_COMMANDS } from './commands';

export const PROVISIONS_VIEW = 'policyAnnotator.provisions';
/** Shows "Clear Filter" in the view's title bar and the palette. */
const FILTERED_CONTEXT = 'policyAnnotator.provisionsFiltered';
const TEXT_CRITERION = 'text';

export interface ProvisionsViewOptions {
  readonly childrenSources: readonly ProvisionChildrenSource[];
  /** The tree selects the provision under the cursor of the side-by-side editors. */
  readonly onDidMoveToProvision: vscode.Event<ProvisionFocus>;
  /** What the text filter asks. */
  readonly searcher: ProvisionSearcher;
}

/** What the Provisions view offers other features. */
export interface ProvisionsView {
  /** The tree's filter: the text filter's criterion and those other features set (tags, authors). */
  readonly filter: ProvisionFilter;
  /** The node with `id` (the root when absent) and its children, as the view shows them: for the API. */
  describe(id?: string): Promise<DescribedTreeLevel>;
}

export function registerProvisionsView(context: vscode.ExtensionContext, services: Services, options: ProvisionsViewOptions): ProvisionsView {
  const filter = new ProvisionFilter();
  const tree = new ProvisionsTree(services, filter, options.childrenSources);
  const grouped = new DocumentGroupsTree(tree, services);
  const { view, provide } = services.declarations.view<ProvisionsViewNode>(PROVISIONS_VIEW);
  provide(grouped);
  let query = '';

  const passingIds = async (): Promise<string[]> => filter.provisionIds((await services.getLibrary()).documents);

  const showFilter = async (): Promise<void> => {
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter.active);
    view.message = filter.active ? vscode.l10n.t('Filtered by {0}: {1} provisions', filter.describe(), String((await passingIds()).length)) : undefined;
  };

  const applyQuery = async (typed: string, fromUi: boolean): Promise<FilterResult> => {
    query = typed.trim();
    filter.set(TEXT_CRITERION, query ? textCriterion(query, options.searcher) : undefined);
    if (fromUi) {
      // Asked from the palette, perhaps with the view closed: show what the filter left.
      await vscode.commands.executeCommand(`${PROVISIONS_VIEW}.focus`);
    }
    return { query, provisions: await passingIds() };
  };

  const filterProvisions = async (call: Call<{ query: string }, never>): Promise<FilterResult | undefined> => {
    if ('args' in call) {
      return applyQuery(call.args.query, false);
    }
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Provisions'),
      prompt: vscode.l10n.t('Words, a phrase or a provision number, in English or Chinese'),
      value: query,
    });
    return typed === undefined ? undefined : applyQuery(typed, true);
  };

  // Remembered so that a view shown after the cursor moved (or while it moved) still catches up.
  let lastFocus: ProvisionFocus | undefined;
  const follow = async (): Promise<void> => {
    const node = view.visible && lastFocus ? await tree.provisionNode(lastFocus.documentId, lastFocus.provision) : undefined;
    if (node && view.selection[0]?.id !== node.id) {
      await view.reveal(node, { select: true, focus: false, expand: false });
    }
  };
  const followLater = (): void => {
    follow().catch((error: unknown) => services.log.warn('tree follow:', error));
  };

  context.subscriptions.push(
    filter,
    tree,
    grouped,
    filter.onDidChange(() => showFilter().catch((error: unknown) => services.log.warn('tree filter:', error))),
    options.onDidMoveToProvision((focus) => {
      lastFocus = focus;
      followLater();
    }),
    view.onDidChangeVisibility(followLater),
    // A refresh (notes changed, a filter) can drop a reveal that was under way: select again after it.
    tree.onDidChangeTreeData(followLater),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, SETTINGS.treeTitleLanguage)) {
        tree.refresh();
      }
    }),
    registerCommand(TREE_COMMANDS.filterProvisions, filterProvisions),
    registerCommand(TREE_COMMANDS.clearProvisionFilter, () => {
      query = '';
      filter.clear();
    }),
  );
  return { filter, describe: (id) => describeTreeLevel(grouped, view, id) };
}
