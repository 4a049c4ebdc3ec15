import * as vscode from 'vscode';
import { ProvisionChange } from '../../core/versions/compareVersions';
import { Call } from '../commands/declaration';
import { Refused, isRefused } from '../commands/result';
import { Services } from '../services';
import { activeRevision, pickVersions } from './pickVersions';
import { ShownComparison } from './shownComparison';
import { VERSION_CHANGES_VIEW } from './versionChangesView';

/** What the command returns: the shape `policy-annotator compare --json` prints. */
export interface VersionChanges {
  readonly old: string;
  readonly new: string;
  readonly changes: readonly Pick<ProvisionChange, 'kind' | 'old' | 'new'>[];
}

/** `policyAnnotator.compareVersions` `{ old, new }`: shows the changes in the Version Changes view. */
export function compareVersionsCommand(services: Services, shown: ShownComparison): (call: Call<{ old: string; new: string }, never>) => Promise<VersionChanges | Refused | undefined> {
  return async (call) => {
    const picked = await pickVersions(services, 'args' in call ? call.args : undefined, vscode.l10n.t('Compare Versions'), await activeRevision(services));
    if (!picked || isRefused(picked)) {
      return picked;
    }
    const comparison = await shown.show(picked.from, picked.to);
    await vscode.commands.executeCommand(`${VERSION_CHANGES_VIEW}.focus`);
    return {
      old: comparison.from.id,
      new: comparison.to.id,
      changes: comparison.result.changes.map((change) => ({ kind: change.kind, old: change.old, new: change.new })),
    };
  };
}
