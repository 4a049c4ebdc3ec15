import * as vscode from 'vscode';
import { Citation, RelatedProvision } from '../../core/corpus';
import { CorpusIndexes } from './corpusIndexes';
import { sideBySideCommand } from '../reading/sideBySideCommand';
import { numberKey } from '../../core/model';

const TOP = 10;

/** The provision the view is about, and what it found for it. */
export interface RelatedContent {
  readonly document: string;
  readonly provision: number;
  readonly related: readonly RelatedProvision[];
  readonly cites: readonly Citation[];
  readonly citedBy: readonly Citation[];
}

export type RelatedNode =
  | { readonly kind: 'relatedGroup'; readonly label: string; readonly children: readonly RelatedNode[] }
  | { readonly kind: 'relatedProvision'; readonly hit: RelatedProvision }
  | { readonly kind: 'relatedPassage'; readonly text: string }
  | { readonly kind: 'citation'; readonly citation: Citation; readonly citing: boolean };

/**
 * The Related view: for the provision under the cursor of the side-by-side editors, the
 * provisions of other documents that share its wording (each with the passages shared), what it
 * cites, and the provisions of other documents that cite it.
 */
export class RelatedView implements vscode.TreeDataProvider<RelatedNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private content: RelatedContent | undefined;
  private groups: RelatedNode[] = [];

  constructor(private readonly indexes: CorpusIndexes) {}

  get current(): RelatedContent | undefined {
    return this.content;
  }

  /** Follows the cursor: computes and shows what is related to the provision. */
  async follow(document: string, number: number): Promise<RelatedContent | undefined> {
    const provision = (await this.indexes.library()).provision(document, number);
    if (!provision) {
      return undefined;
    }
    const citations = await this.indexes.getCitations();
    const content: RelatedContent = {
      document,
      provision: number,
      related: (await this.indexes.getRelated()).related(provision, TOP),
      cites: citations.cites(document, number),
      citedBy: citations.citedBy(document, number),
    };
    this.content = content;
    this.groups = [
      { kind: 'relatedGroup', label: vscode.l10n.t('Shared wording ({0})', content.related.length), children: content.related.map((hit) => ({ kind: 'relatedProvision', hit })) },
      { kind: 'relatedGroup', label: vscode.l10n.t('Cites ({0})', content.cites.length), children: content.cites.map((citation) => ({ kind: 'citation', citation, citing: false })) },
      { kind: 'relatedGroup', label: vscode.l10n.t('Cited by ({0})', content.citedBy.length), children: content.citedBy.map((citation) => ({ kind: 'citation', citation, citing: true })) },
    ];
    this.changed.fire();
    return content;
  }

  getChildren(node?: RelatedNode): RelatedNode[] {
    if (!node) {
      return this.groups;
    }
    if (node.kind === 'relatedGroup') {
      return [...node.children];
    }
    return node.kind === 'relatedProvision' ? node.hit.shared.map((text) => ({ kind: 'relatedPassage', text })) : [];
  }

  getTreeItem(node: RelatedNode): vscode.TreeItem {
    switch (node.kind) {
      case 'relatedGroup': {
        const item = new vscode.TreeItem(node.label, node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.contextValue = 'relatedGroup';
        return item;
      }
      case 'relatedProvision': {
        const item = new vscode.TreeItem(`${node.hit.document} ¶${numberKey(node.hit.provision)}`, node.hit.shared.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.description = node.hit.score.toFixed(2);
        item.command = sideBySideCommand({ document: node.hit.document, provision: node.hit.provision });
        return item;
      }
      case 'relatedPassage':
        return new vscode.TreeItem(node.text.replace(/\n/g, ' '));
      case 'citation': {
        const { citation, citing } = node;
        const [document, provision] = citing ? [citation.from.document, citation.from.provision] : [citation.document, citation.provision];
        const item = new vscode.TreeItem(citation.text);
        item.description = document === undefined ? vscode.l10n.t('not in the corpus') : `${document}${provision === undefined ? '' : ` ¶${provision}`}`;
        if (document !== undefined) {
          item.command = sideBySideCommand({ document, provision });
        }
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
