import * as vscode from 'vscode';

/**
 * A tree item as plain data: what the API's describeProvisionTree returns, so the tests and
 * the API see exactly what the view shows, through the same TreeDataProvider calls.
 */
export interface DescribedTreeItem {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** The tooltip's Markdown source. */
  readonly tooltip?: string;
  readonly collapsible: 'none' | 'collapsed' | 'expanded';
  readonly contextValue?: string;
  /** What clicking the item runs. */
  readonly command?: { readonly command: string; readonly arguments: readonly unknown[] };
  /** The id `getParent` answers; absent for a root. */
  readonly parent?: string;
}

export interface DescribedTreeLevel {
  /** The node asked about; absent for the root. */
  readonly node?: DescribedTreeItem;
  readonly children: readonly DescribedTreeItem[];
  /** The ids selected in the view now (it follows the cursor of the side-by-side editors). */
  readonly selection: readonly string[];
}

const COLLAPSIBLE: Record<vscode.TreeItemCollapsibleState, DescribedTreeItem['collapsible']> = {
  [vscode.TreeItemCollapsibleState.None]: 'none',
  [vscode.TreeItemCollapsibleState.Collapsed]: 'collapsed',
  [vscode.TreeItemCollapsibleState.Expanded]: 'expanded',
};

/** Any tree's node as its view shows it (the Tags view uses it too). */
export async function describeTreeItem<T extends { readonly id: string }>(tree: vscode.TreeDataProvider<T>, node: T): Promise<DescribedTreeItem> {
  const item = await tree.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip;
  const description = typeof item.description === 'string' ? item.description : undefined;
  const parent = await tree.getParent?.(node);
  return {
    id: node.id,
    label,
    ...(description !== undefined && { description }),
    ...(tooltip !== undefined && { tooltip }),
    collapsible: COLLAPSIBLE[item.collapsibleState ?? vscode.TreeItemCollapsibleState.None],
    ...(item.contextValue !== undefined && { contextValue: item.contextValue }),
    ...(item.command && { command: { command: item.command.command, arguments: item.command.arguments ?? [] } }),
    ...(parent && { parent: parent.id }),
  };
}

/** The node with `id` (the root when absent) and its children as the view would list them. */
export async function describeTreeLevel<T extends { readonly id: string }>(
  tree: Omit<vscode.TreeDataProvider<T>, 'getChildren'> & { node(id: string): Promise<T | undefined>; getChildren(node?: T): Promise<T[]> },
  view: vscode.TreeView<T>,
  id: string | undefined,
): Promise<DescribedTreeLevel> {
  const node = id === undefined ? undefined : await tree.node(id);
  if (id !== undefined && !node) {
    throw new Error(vscode.l10n.t('The Provisions tree has no node "{0}".', id));
  }
  const children = await Promise.all((await tree.getChildren(node)).map((child) => describeTreeItem(tree, child)));
  return { ...(node && { node: await describeTreeItem(tree, node) }), children, selection: view.selection.map((selected) => selected.id) };
}
