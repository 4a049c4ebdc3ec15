import * as vscode from 'vscode';
import { PolicyDocument, findProvision } from '../../core/model';
import { ProvisionChange, VersionComparison, compareVersions } from '../../core/versions/compareVersions';

/** True while a comparison of versions is shown: the Version Changes view is visible only then. */
export const COMPARING_CONTEXT = 'policyAnnotator.comparingVersions';
/** True while the view lists unchanged provisions too. */
export const SHOWING_UNCHANGED_CONTEXT = 'policyAnnotator.versionsShowUnchanged';

export interface Comparison {
  readonly from: PolicyDocument;
  readonly to: PolicyDocument;
  readonly result: VersionComparison;
}

/**
 * The comparison of two versions that the view shows: one at a time, until it is closed or
 * another replaces it. The decorations and the hover mark a newer text against it, or, for a
 * document whose metadata says which one it `revises`, against that one.
 */
export class ShownComparison implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private shown: Comparison | undefined;
  private unchangedShown = false;
  /** Comparisons of documents with the version they revise, by the newer one's id. */
  private readonly linked = new Map<string, Comparison>();

  get current(): Comparison | undefined {
    return this.shown;
  }

  get showsUnchanged(): boolean {
    return this.unchangedShown;
  }

  async show(from: PolicyDocument, to: PolicyDocument): Promise<Comparison> {
    this.shown = { from, to, result: compareVersions(from.provisions, to.provisions) };
    this.changed.fire();
    await vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, true);
    return this.shown;
  }

  async close(): Promise<void> {
    this.shown = undefined;
    this.changed.fire();
    await vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, false);
  }

  async showUnchanged(show: boolean): Promise<void> {
    this.unchangedShown = show;
    this.changed.fire();
    await vscode.commands.executeCommand('setContext', SHOWING_UNCHANGED_CONTEXT, show);
  }

  /** What a document is marked against: the comparison shown if it is its newer side, else the version it revises. */
  comparisonFor(document: PolicyDocument, older: PolicyDocument | undefined): Comparison | undefined {
    if (this.shown?.to.id === document.id) {
      return this.shown;
    }
    if (!older || older.id === document.id) {
      return undefined;
    }
    let comparison = this.linked.get(document.id);
    if (comparison?.from !== older || comparison.to !== document) {
      comparison = { from: older, to: document, result: compareVersions(older.provisions, document.provisions) };
      this.linked.set(document.id, comparison);
    }
    return comparison;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The old provision a change started from, if any. */
export function oldProvision(comparison: Comparison, change: ProvisionChange) {
  return change.old === null ? undefined : findProvision(comparison.from, change.old);
}

/** The new provision a change led to, if any. */
export function newProvision(comparison: Comparison, change: ProvisionChange) {
  return change.new === null ? undefined : findProvision(comparison.to, change.new);
}
