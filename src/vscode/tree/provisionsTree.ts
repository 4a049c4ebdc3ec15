import * as vscode from 'vscode';
import { Services } from '../services';
import { treeTitleLanguage } from '../reading/settings';
import { ProvisionFilter } from './filter';
import { DocumentNodes, PartNode, ProvisionChildrenSource, ProvisionNode, ProvisionsTreeNode, documentNodes } from './nodes';
import { documentItem, partItem, provisionItem } from './treeItems';
import { versionFamilies } from '../../core/versions/versionFamilies';

/**
 * Documents → divisions (nested) → provisions, narrowed by the filter, with whatever the children sources hang
 * under provisions. Nodes are built once per document and reused, which `reveal` relies on.
 */
export class ProvisionsTree implements vscode.TreeDataProvider<ProvisionsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ProvisionsTreeNode | undefined>();
  private readonly disposables: vscode.Disposable[];
  /** Built per library: a document added or removed builds them again. */
  private nodes: Promise<readonly DocumentNodes[]> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly services: Services,
    private readonly filter: ProvisionFilter,
    private readonly childrenSources: readonly ProvisionChildrenSource[],
  ) {
    this.disposables = [
      this.changed,
      filter.onDidChange(() => this.refresh()),
      services.onDidChangeLibrary(() => {
        this.nodes = undefined;
        this.refresh();
      }),
      ...childrenSources.flatMap((source) => (source.onDidChange ? [source.onDidChange(() => this.refresh())] : [])),
    ];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  getTreeItem(node: ProvisionsTreeNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    const language = treeTitleLanguage();
    switch (node.kind) {
      case 'document':
        return documentItem(node, language);
      case 'part':
        return partItem(node, language);
      case 'provision':
        return provisionItem(
          node,
          language,
          this.childrenSources.some((source) => source.hasChildren(node.provision)),
          this.childrenSources.flatMap((source) => source.describe?.(node.provision) ?? []),
        );
      case 'contributed':
        return node.treeItem();
    }
  }

  async getChildren(node?: ProvisionsTreeNode): Promise<ProvisionsTreeNode[]> {
    if (node?.kind === 'provision') {
      const children = await Promise.all(this.childrenSources.map((source) => source.children(node)));
      return children.flatMap((nodes) => nodes ?? []);
    }
    if (node?.kind === 'contributed') {
      return (await node.children?.()) ?? [];
    }
    const all = await this.allNodes();
    const passing = await this.filter.passing(all.map((nodes) => nodes.document.document));
    const shown = (provision: ProvisionNode): boolean => !passing || passing.has(provision.id);
    if (!node) {
      return all.filter((nodes) => nodes.provisions.some(shown)).map((nodes) => nodes.document);
    }
    const nodes = all.find((candidate) => candidate.document.id === node.document.id);
    if (!nodes) {
      return [];
    }
    // A division is listed while any provision inside it, at any depth, passes the filter.
    const holdsShown = (part: PartNode) => part.part.provisions.some((provision) => !passing || passing.has(provision.id));
    return [...nodes.parts.filter((part) => part.parent === node && holdsShown(part)), ...nodes.provisions.filter((provision) => provision.parent === node && shown(provision))];
  }

  getParent(node: ProvisionsTreeNode): ProvisionsTreeNode | undefined {
    return node.parent;
  }

  /** The node of a provision, to reveal; undefined when the filter hides it or nothing has that id. */
  async provisionNode(documentId: string, number: number): Promise<ProvisionNode | undefined> {
    const all = await this.allNodes();
    const node = all.find((candidate) => candidate.document.id === documentId)?.provisions.find((candidate) => candidate.provision.number === number);
    const passing = await this.filter.passing(all.map((candidate) => candidate.document.document));
    return node && (!passing || passing.has(node.id)) ? node : undefined;
  }

  /** Any built-in node by id, for the describe command. */
  async node(id: string): Promise<ProvisionsTreeNode | undefined> {
    for (const nodes of await this.allNodes()) {
      const found = [nodes.document, ...nodes.parts, ...nodes.provisions].find((candidate) => candidate.id === id);
      if (found) {
        return found;
      }
    }
    return undefined;
  }

  private allNodes(): Promise<readonly DocumentNodes[]> {
    // The versions of one document side by side, newest first (see `revises`).
    this.nodes ??= this.services.getLibrary().then((library) => versionFamilies(library.documents).flat().map(documentNodes));
    return this.nodes;
  }
}
