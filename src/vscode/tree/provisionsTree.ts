import * as vscode from 'vscode';
import { Services } from '../services';
import { treeTitleLanguage } from '../reading/settings';
import { ProvisionFilter } from './filter';
import { DocumentNode, DocumentNodes, PartNode, ProvisionChildrenSource, ProvisionNode, ProvisionsTreeNode, documentNode, documentNodes } from './nodes';
import { documentItem, partItem, provisionItem } from './treeItems';
import { versionFamilies } from '../../core/versions/versionFamilies';

/**
 * Documents → divisions (nested) → provisions, narrowed by the filter, with whatever the children sources hang
 * under provisions. The first level comes from the documents' summaries (document.yaml), a document's text
 * is read when it is opened; nodes are built once per document and reused, which `reveal` relies on.
 */
export class ProvisionsTree implements vscode.TreeDataProvider<ProvisionsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ProvisionsTreeNode | undefined>();
  private readonly disposables: vscode.Disposable[];
  /** The first level, built per library (a document added or removed builds it again), from the documents' summaries. */
  private roots: Promise<readonly DocumentNode[]> | undefined;
  /** Each document's nodes, built when it is first opened, under its node of the first level: `reveal` relies on the same objects. */
  private built = new Map<string, Promise<DocumentNodes | undefined>>();
  /** Documents listed whose text could not be read: left out, as the library leaves them out. */
  private unreadable = new Set<string>();

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
        this.roots = undefined;
        this.built = new Map();
        this.unreadable = new Set();
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
    const passing = await this.passing();
    if (!node) {
      return this.firstLevel(passing);
    }
    const nodes = await this.nodesOf(node.document.id);
    if (!nodes) {
      // Its text could not be read (the log says why): it is not listed, as a document the library lacks.
      this.unreadable.add(node.document.id);
      this.refresh();
      return [];
    }
    const shown = (provision: ProvisionNode): boolean => !passing || passing.has(provision.id);
    // A division is listed while any provision inside it, at any depth, passes the filter.
    const holdsShown = (part: PartNode) => part.part.provisions.some((provision) => !passing || passing.has(provision.id));
    // By id, not by object: the library may have been read again (a catalog refresh, a document added)
    // between the caller getting `node` and asking for its children, and the nodes built again.
    const under = (child: PartNode | ProvisionNode) => child.parent.id === node.id;
    return [...nodes.parts.filter((part) => under(part) && holdsShown(part)), ...nodes.provisions.filter((provision) => under(provision) && shown(provision))];
  }

  getParent(node: ProvisionsTreeNode): ProvisionsTreeNode | undefined {
    return node.parent;
  }

  /** The node of a provision, to reveal; undefined when the filter hides it or nothing has that id. */
  async provisionNode(documentId: string, number: number): Promise<ProvisionNode | undefined> {
    const node = (await this.nodesOf(documentId))?.provisions.find((candidate) => candidate.provision.number === number);
    const passing = await this.passing();
    return node && (!passing || passing.has(node.id)) ? node : undefined;
  }

  /** Any built-in node by id, for the describe command. */
  async node(id: string): Promise<ProvisionsTreeNode | undefined> {
    // A division's id is `<doc>/…`, a provision's `<doc>#…`: only that document is read.
    const documentId = id.split(/[/#]/)[0];
    const root = (await this.documentNodes()).find((candidate) => candidate.id === id);
    if (root) {
      return root;
    }
    const nodes = await this.nodesOf(documentId);
    return nodes && [...nodes.parts, ...nodes.provisions].find((candidate) => candidate.id === id);
  }

  /** The ids the filter lets through; undefined when nothing filters (then no text is read). */
  private async passing(): Promise<ReadonlySet<string> | undefined> {
    // A filter is asked of every provision of the library: only then is the whole library read.
    return this.filter.active ? this.filter.passing((await this.services.getLibrary()).documents) : undefined;
  }

  /** The documents, each while a provision of it passes the filter: from document.yaml alone when nothing filters. */
  private async firstLevel(passing: ReadonlySet<string> | undefined): Promise<DocumentNode[]> {
    const listed = (await this.documentNodes()).filter((node) => !this.unreadable.has(node.id));
    if (!passing) {
      return listed;
    }
    const library = await this.services.getLibrary();
    return listed.filter((node) => library.document(node.id)?.provisions.some((provision) => passing.has(provision.id)));
  }

  private documentNodes(): Promise<readonly DocumentNode[]> {
    // The versions of one document side by side, newest first (see `revises`).
    this.roots ??= this.services.getSummaries().then((summaries) => versionFamilies(summaries).flat().map(documentNode));
    return this.roots;
  }

  /** A document's divisions and provisions, read when first opened, under its node of the first level. */
  private nodesOf(documentId: string): Promise<DocumentNodes | undefined> {
    let nodes = this.built.get(documentId);
    if (!nodes) {
      nodes = Promise.all([this.documentNodes(), this.services.findDocument(documentId)]).then(([roots, document]) => {
        const root = roots.find((candidate) => candidate.id === documentId);
        return document && documentNodes(document, root);
      });
      this.built.set(documentId, nodes);
    }
    return nodes;
  }

}
