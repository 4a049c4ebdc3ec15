import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { registerCommand } from '../commands/declaration';
import { readArgs } from '../commands/readers';
import { ok, refused } from '../commands/result';
import { POLICY_SCHEME } from '../reading/policyUri';
import { Services } from '../services';
import { carryNotesCommand } from './carryCommand';
import { ChangeDecorations, ChangeHover } from './changeDecorations';
import { compareVersionsCommand } from './compareCommand';
import { OPEN_CHANGE_ARGS, openChange } from './openChange';
import { ShownComparison } from './shownComparison';
import { VERSION_CHANGES_VIEW, VersionChangesView } from './versionChangesView';
import { ProvisionChange } from '../../core/versions/compareVersions';
import { VERSION_COMMANDS } from './commands';

/** Versions of a document: what a revision changed, provision by provision, and notes carried to the new text. */
export function register(context: vscode.ExtensionContext, services: Services, notes: NotesAccess): void {
  const shown = new ShownComparison();
  const view = new VersionChangesView(shown);
  services.declarations.view<ProvisionChange>(VERSION_CHANGES_VIEW).provide(view);
  context.subscriptions.push(
    shown,
    view,
    new ChangeDecorations(services, shown),
    vscode.languages.registerHoverProvider({ scheme: POLICY_SCHEME }, new ChangeHover(services, shown)),
    registerCommand(VERSION_COMMANDS.compareVersions, compareVersionsCommand(services, shown)),
    registerCommand(VERSION_COMMANDS.carryNotes, carryNotesCommand(services, notes, shown)),
    registerCommand(VERSION_COMMANDS.openVersionChange, (call) => {
      // Run from the view's rows, which always pass the change; from anywhere else it names none.
      const read = 'args' in call ? ok(call.args) : readArgs({}, OPEN_CHANGE_ARGS);
      return read.ok ? openChange(services, read.value) : refused(read.reason);
    }),
    registerCommand(VERSION_COMMANDS.showUnchangedProvisions, () => shown.showUnchanged(true)),
    registerCommand(VERSION_COMMANDS.hideUnchangedProvisions, () => shown.showUnchanged(false)),
    registerCommand(VERSION_COMMANDS.closeVersionComparison, () => shown.close()),
  );
}
