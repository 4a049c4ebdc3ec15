import * as vscode from 'vscode';
import { DocumentGroup, groupDocuments } from '../../core/documents/documentGroups';
import { SETTINGS, affects } from '../reading/settings';
import { Services } from '../services';
import { DocumentNode, ProvisionsTreeNode } from './nodes';
import { ProvisionsTree } from './provisionsTree';


/** A group of documents sharing a value of the attribute the view is grouped by. */
export interface DocumentGroupNode {
  readonly kind: 'group';
  /** `group:<attribute>:<value>`, or `group:<attribute>:` for the documents without it. */
  readonly id: string;
  readonly parent: undefined;
  readonly attribute: string;
  readonly group: DocumentGroup;
}

export type ProvisionsViewNode = ProvisionsTreeNode | DocumentGroupNode;

/** The attribute the Provisions view groups documents by (the setting), or undefined for none. */
export function documentGrouping(): string | undefined {
  const value = vscode.workspace.getConfiguration('policyAnnotator').get<string>(SETTINGS.documentGrouping, '').trim();
  return value === '' || value === 'none' ? undefined : value;
}

/**
 * The Provisions tree with a level of groups above its documents when the view is grouped by an
 * attribute: a layer over the tree (which it asks for its documents and everything under them),
 * whose groups come from the documents' facts alone (Services.documentFacts), so grouping parses
 * no text. A group is listed while any of its documents is, with the count of those shown.
 */
export class DocumentGroupsTree implements vscode.TreeDataProvider<ProvisionsViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ProvisionsViewNode | undefined>();
  private readonly disposables: vscode.Disposable[];
  /** The groups of the current attribute, built once per attribute and library (reveal relies on the same nodes). */
  private groups: Promise<readonly DocumentGroupNode[] | undefined> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly tree: ProvisionsTree,
    private readonly services: Services,
  ) {
    const regroup = () => {
      this.groups = undefined;
      this.changed.fire(undefined);
    };
    this.disposables = [
      this.changed,
      tree.onDidChangeTreeData((node) => this.changed.fire(node)),
      services.onDidChangeLibrary(regroup),
      vscode.workspace.onDidChangeConfiguration((event) => affects(event, SETTINGS.documentGrouping) && regroup()),
    ];
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  getTreeItem(node: ProvisionsViewNode): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (node.kind !== 'group') {
      return this.tree.getTreeItem(node);
    }
    return this.tree.getChildren().then((documents) => {
      const label = node.group.value ?? vscode.l10n.t('(no {0})', node.attribute);
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = String(documents.filter((document) => node.group.documents.includes(document.id)).length);
      item.tooltip = vscode.l10n.t('Documents whose {0} is {1}', node.attribute, label);
      item.contextValue = 'documentGroup';
      item.iconPath = new vscode.ThemeIcon('folder-library');
      return item;
    });
  }

  async getChildren(node?: ProvisionsViewNode): Promise<ProvisionsViewNode[]> {
    if (node === undefined || node.kind === 'group') {
      const groups = await this.currentGroups();
      const documents = await this.tree.getChildren();
      if (!groups) {
        return documents;
      }
      if (node) {
        return documents.filter((document) => node.group.documents.includes(document.id));
      }
      const shown = new Set(documents.map((document) => document.id));
      return groups.filter((group) => group.group.documents.some((id) => shown.has(id)));
    }
    return this.tree.getChildren(node);
  }

  async getParent(node: ProvisionsViewNode): Promise<ProvisionsViewNode | undefined> {
    if (node.kind === 'group') {
      return undefined;
    }
    if (node.kind === 'document') {
      return this.groupOf(node);
    }
    return this.tree.getParent(node);
  }

  /** Any node by id, for the describe command: a group, or the tree's own. */
  async node(id: string): Promise<ProvisionsViewNode | undefined> {
    return (await this.currentGroups())?.find((group) => group.id === id) ?? this.tree.node(id);
  }

  private async groupOf(document: DocumentNode): Promise<DocumentGroupNode | undefined> {
    return (await this.currentGroups())?.find((group) => group.group.documents.includes(document.id));
  }

  private currentGroups(): Promise<readonly DocumentGroupNode[] | undefined> {
    this.groups ??= (async () => {
      const attribute = documentGrouping();
      if (attribute === undefined) {
        return undefined;
      }
      const groups = groupDocuments(await this.services.documentFacts(), attribute);
      return groups.map((group): DocumentGroupNode => ({ kind: 'group', id: `group:${attribute}:${group.value ?? ''}`, parent: undefined, attribute, group }));
    })();
    return this.groups;
  }
}
