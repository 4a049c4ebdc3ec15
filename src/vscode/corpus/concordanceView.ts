import * as vscode from 'vscode';
import { ConcordanceLine, ConcordanceOrder, sortConcordance } from '../../core/corpus';
import { numberKey } from '../../core/model';
import { sideBySideCommand } from '../reading/sideBySideCommand';

/** A line of the concordance as the view holds it; `kind` marks it as a tree node, not an argument object. */
export interface ConcordanceNode {
  readonly kind: 'concordanceLine';
  readonly index: number;
  readonly line: ConcordanceLine;
}

/** The query the view shows, and its lines in the order chosen. */
export interface ShownConcordance {
  readonly query: string;
  readonly regex: boolean;
  readonly lines: readonly ConcordanceLine[];
}

/**
 * The concordance view: one row per occurrence, the match highlighted between its left and right
 * context, the document and provision beside it; a row opens the side-by-side view there.
 */
export class ConcordanceView implements vscode.TreeDataProvider<ConcordanceNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private shown: ShownConcordance = { query: '', regex: false, lines: [] };
  private nodes: ConcordanceNode[] = [];

  get current(): ShownConcordance {
    return this.shown;
  }

  show(concordance: ShownConcordance): void {
    this.shown = concordance;
    this.nodes = concordance.lines.map((line, index) => ({ kind: 'concordanceLine', index, line }));
    this.changed.fire();
  }

  sort(order: ConcordanceOrder): void {
    this.show({ ...this.shown, lines: sortConcordance(this.shown.lines, order) });
  }

  getChildren(node?: ConcordanceNode): ConcordanceNode[] {
    return node ? [] : this.nodes;
  }

  getTreeItem({ line }: ConcordanceNode): vscode.TreeItem {
    const label = `${line.left}${line.match}${line.right}`;
    const item = new vscode.TreeItem({ label, highlights: [[line.left.length, line.left.length + line.match.length]] });
    item.description = `${line.document} ¶${numberKey(line.provision)}`;
    item.tooltip = `${line.left}【${line.match}】${line.right}\n${line.document}#${numberKey(line.provision)}`;
    item.contextValue = 'concordanceLine';
    item.command = sideBySideCommand({ document: line.document, provision: line.provision, select: { language: line.language, start: line.offset, end: line.offset + line.match.length } });
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
