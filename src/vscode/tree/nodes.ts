import * as vscode from 'vscode';
import { DocumentSummary } from '../../core/documents/documentSummary';
import { Division, PolicyDocument, Provision } from '../../core/model';
import { treeNode } from '../commands/items';

/**
 * The nodes of the Provisions tree. Ids are the model's ids (document, `<doc>/chapter-2/section-1`,
 * `<doc>#<n>`), so expansion and selection survive refreshes and filters.
 */
export interface DocumentNode {
  readonly kind: 'document';
  readonly id: string;
  readonly parent: undefined;
  /** What the first level shows: read from document.yaml, the text being read when the node is opened. */
  readonly document: DocumentSummary;
}

/** A division: a part, book, chapter or section; nested divisions under their parent. */
export interface PartNode {
  readonly kind: 'part';
  readonly id: string;
  readonly parent: DocumentNode | PartNode;
  readonly document: PolicyDocument;
  readonly part: Division;
}

export interface ProvisionNode {
  readonly kind: 'provision';
  readonly id: string;
  /** Its innermost division, or the document for a provision outside any. */
  readonly parent: PartNode | DocumentNode;
  readonly document: PolicyDocument;
  readonly provision: Provision;
}

/**
 * A node another feature hangs under a provision or under one of its own nodes (a note, a reply).
 * Its id must be unique in the tree, e.g. prefixed with the provision's id.
 */
export interface ContributedNode {
  readonly kind: 'contributed';
  readonly id: string;
  readonly parent: ProvisionNode | ContributedNode;
  treeItem(): vscode.TreeItem | Thenable<vscode.TreeItem>;
  children?(): vscode.ProviderResult<ContributedNode[]>;
}

/** A document of the tree, as a command run from its context menu takes it. */
export const documentNodeItem = treeNode<DocumentNode>(['document'], 'document');

/** A provision of the tree, as a command run from its context menu takes it. */
export const provisionNodeItem = treeNode<ProvisionNode>(['provision'], 'document', 'provision');

export type ProvisionsTreeNode = DocumentNode | PartNode | ProvisionNode | ContributedNode;

/** What a feature implements to put children under provisions in the tree. */
export interface ProvisionChildrenSource {
  /** Fires when some provision's children change; the tree then refreshes. */
  readonly onDidChange?: vscode.Event<void>;
  /** Asked for every provision on each refresh, so it must be cheap. */
  hasChildren(provision: Provision): boolean;
  /** A few words after the provision's titles (e.g. "2 notes · privacy"); asked as often, so as cheap. */
  describe?(provision: Provision): string | undefined;
  children(parent: ProvisionNode): vscode.ProviderResult<ContributedNode[]>;
}

/** Every built-in node of one document, built once so that `reveal` finds the same objects. */
export interface DocumentNodes {
  readonly document: DocumentNode;
  readonly parts: readonly PartNode[];
  readonly provisions: readonly ProvisionNode[];
}

/** The first level's node of a document. */
export function documentNode(document: DocumentSummary): DocumentNode {
  return { kind: 'document', id: document.id, parent: undefined, document };
}

/** `node`: the document's node already listed, which its parts and provisions hang under. */
export function documentNodes(document: PolicyDocument, node: DocumentNode = documentNode(document)): DocumentNodes {
  const documentNode = node;
  const parts: PartNode[] = [];
  const visit = (divisions: readonly Division[], parent: DocumentNode | PartNode): void => {
    for (const division of divisions) {
      const node: PartNode = { kind: 'part', id: division.id, parent, document, part: division };
      parts.push(node);
      visit(division.divisions, node);
    }
  };
  visit(document.parts, documentNode);
  const byId = new Map(parts.map((part) => [part.id, part]));
  const provisions = document.provisions.map(
    (provision): ProvisionNode => ({
      kind: 'provision',
      id: provision.id,
      parent: (provision.division !== undefined ? byId.get(provision.division) : undefined) ?? documentNode,
      document,
      provision,
    }),
  );
  return { document: documentNode, parts, provisions };
}
