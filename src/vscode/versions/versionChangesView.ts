import * as vscode from 'vscode';
import { ChangeKind, ProvisionChange } from '../../core/versions/compareVersions';
import { changeMarkdown, changeSummary } from './changeText';
import { ShownComparison } from './shownComparison';

export const VERSION_CHANGES_VIEW = 'policyAnnotator.versionChanges';
export const OPEN_CHANGE_COMMAND = 'policyAnnotator.openVersionChange';

const ICONS: Record<ChangeKind, string> = {
  unchanged: 'circle-small',
  renumbered: 'arrow-swap',
  changed: 'diff-modified',
  added: 'diff-added',
  removed: 'diff-removed',
};

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
    const label = change.new === null ? `${change.old}` : change.old === null || change.old === change.new ? `${change.new}` : `${change.old} → ${change.new}`;
    const item = new vscode.TreeItem(label);
    item.id = `${change.kind}:${change.old}:${change.new}`;
    item.description = changeSummary(change);
    item.iconPath = new vscode.ThemeIcon(ICONS[change.kind]);
    item.contextValue = `policyVersionChange.${change.kind}`;
    if (comparison) {
      item.tooltip = changeMarkdown(comparison, change, comparison.result.language);
      item.command = {
        command: OPEN_CHANGE_COMMAND,
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
