import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { flag, optional } from '../commands/readers';
import { Refused } from '../commands/result';
import { CarryResult } from './carryCommand';
import { VersionChanges } from './compareCommand';
import { OPEN_CHANGE_ARGS, OpenedChange } from './openChange';
import { VERSIONS_ARGS } from './pickVersions';

/** The versions' commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const VERSION_COMMANDS = {
  compareVersions: command<VersionChanges | Refused | undefined>()(COMMANDS.compareVersions, { args: VERSIONS_ARGS }),
  carryNotes: command<CarryResult | Refused | undefined>()(COMMANDS.carryNotes, { args: { dryRun: optional(flag), ...VERSIONS_ARGS } }),
  openVersionChange: command<OpenedChange | Refused>()(COMMANDS.openVersionChange, { args: OPEN_CHANGE_ARGS }),
  showUnchangedProvisions: command<void>()(COMMANDS.showUnchangedProvisions),
  hideUnchangedProvisions: command<void>()(COMMANDS.hideUnchangedProvisions),
  closeVersionComparison: command<void>()(COMMANDS.closeVersionComparison),
};
