import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import { WordFrequency } from '../../core/corpus';
import { containsHan } from '../../core/search/fold';

/** A word of the list as the view holds it; `kind` marks it as a tree node, not an argument object. */
export interface WordNode {
  readonly kind: 'word';
  readonly id: string;
  readonly frequency: WordFrequency;
}

/** What the view shows: which texts were counted, and their most frequent words. */
export interface ShownWords {
  readonly scope: string;
  readonly words: readonly WordFrequency[];
}

/**
 * The Words view: the most frequent words of the texts chosen, each with its count, the documents
 * that have it and its keyness against the rest of the corpus; a word opens its concordance.
 */
export class WordsView implements vscode.TreeDataProvider<WordNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private nodes: WordNode[] = [];

  show({ words }: ShownWords): void {
    this.nodes = words.map((frequency) => ({ kind: 'word', id: `word:${frequency.word}`, frequency }));
    this.changed.fire();
  }

  getChildren(node?: WordNode): WordNode[] {
    return node ? [] : this.nodes;
  }

  getTreeItem({ frequency }: WordNode): vscode.TreeItem {
    const item = new vscode.TreeItem(frequency.word);
    const documents = vscode.l10n.t('{0} documents', frequency.documents);
    item.description = [String(frequency.count), documents, ...(frequency.keyness === undefined ? [] : [`G² ${frequency.keyness}`])].join(' · ');
    item.tooltip = [
      vscode.l10n.t('{0} occurrences in {1} documents', frequency.count, frequency.documents),
      ...(frequency.keyness === undefined ? [] : [vscode.l10n.t('Keyness (log-likelihood against the rest of the corpus): {0}', frequency.keyness)]),
    ].join('\n');
    item.contextValue = 'word';
    // Words outside Chinese are counted lower-cased: their concordance finds them in any case.
    item.command = { command: COMMANDS.concordance, title: vscode.l10n.t('Concordance'), arguments: [{ query: frequency.word, ...(!containsHan(frequency.word) && { ignoreCase: true }) }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
