import * as vscode from 'vscode';
import { Part, PolicyDocument, Provision } from '../../core/model';

/**
 * The nodes of the Provisions tree. Ids are the model's ids (document, `<doc>/part-<n>`,
 * `<doc>#<n>`), so expansion and selection survive refreshes and filters.
 */
export interface DocumentNode {
  readonly kind: 'document';
  readonly id: string;
  readonly parent: undefined;
  readonly document: PolicyDocument;
}

export interface PartNode {
  readonly kind: 'part';
  readonly id: string;
  readonly parent: DocumentNode;
  readonly document: PolicyDocument;
  readonly part: Part;
}

export interface ProvisionNode {
  readonly kind: 'provision';
  readonly id: string;
  readonly parent: PartNode;
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

export function documentNodes(document: PolicyDocument): DocumentNodes {
  const documentNode: DocumentNode = { kind: 'document', id: document.id, parent: undefined, document };
  const parts = document.parts.map((part): PartNode => ({ kind: 'part', id: part.id, parent: documentNode, document, part }));
  const provisions = document.provisions.map(
    (provision): ProvisionNode => ({ kind: 'provision', id: provision.id, parent: parts[provision.part - 1], document, provision }),
  );
  return { document: documentNode, parts, provisions };
}
