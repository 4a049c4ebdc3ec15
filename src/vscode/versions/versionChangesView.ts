import * as vscode from 'vscode';
import { ChangeKind, ProvisionChange } from '../../core/versions/compareVersions';
import { numberKey } from '../../core/model';
import { changeMarkdown, changeSummary } from './changeText';
import { Comparison, ShownComparison, newProvision, oldProvision } from './shownComparison';
import { COMMANDS } from '../commands/commandIds';

export const VERSION_CHANGES_VIEW = 'policyAnnotator.versionChanges';

const ICONS: Record<ChangeKind, string> = {
  unchanged: 'circle-small',
  renumbered: 'arrow-swap',
  changed: 'diff-modified',
  added: 'diff-added',
  removed: 'diff-removed',
};

/** The provision as the text numbers it (第三十二条, Article 32), in the new version unless it was removed. */
function provisionName(comparison: Comparison, change: ProvisionChange): string {
  const language = comparison.result.language;
  const provision = newProvision(comparison, change) ?? oldProvision(comparison, change);
  return provision?.label[language] || (provision ? numberKey(provision.number) : '');
}

/** One row per provision of the comparison, in the order of the new text; unchanged ones only on request. */
export class VersionChangesView implements vscode.TreeDataProvider<ProvisionChange>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly shown: ShownComparison) {
    this.subscription = shown.onDidChange(() => this.changed.fire());
  }

  getChildren(change?: ProvisionChange): ProvisionChange[] {
    const comparison = this.shown.current;
    if (change || !comparison) {
      return [];
    }
    return comparison.result.changes.filter((candidate) => this.shown.showsUnchanged || candidate.kind !== 'unchanged');
  }

  getTreeItem(change: ProvisionChange): vscode.TreeItem {
    const comparison = this.shown.current;
    const item = new vscode.TreeItem(comparison ? provisionName(comparison, change) : String(change.new ?? change.old));
    item.id = `${change.kind}:${change.old}:${change.new}`;
    item.description = changeSummary(change);
    item.iconPath = new vscode.ThemeIcon(ICONS[change.kind]);
    item.contextValue = `policyVersionChange.${change.kind}`;
    if (comparison) {
      item.tooltip = changeMarkdown(comparison, change, comparison.result.language);
      item.command = {
        command: COMMANDS.openVersionChange,
        title: vscode.l10n.t('Open Changes'),
        arguments: [{ old: comparison.from.id, new: comparison.to.id, oldProvision: change.old, newProvision: change.new }],
      };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
