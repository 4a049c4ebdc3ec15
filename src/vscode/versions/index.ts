import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { invocation } from '../commands/invocation';
import { withArgs } from '../commands/readers';
import { POLICY_SCHEME } from '../reading/policyUri';
import { Services } from '../services';
import { carryNotesCommand } from './carryCommand';
import { ChangeDecorations, ChangeHover } from './changeDecorations';
import { compareVersionsCommand } from './compareCommand';
import { OPEN_CHANGE_ARGS, openChange } from './openChange';
import { ShownComparison } from './shownComparison';
import { VERSION_CHANGES_VIEW, VersionChangesView } from './versionChangesView';
import { ProvisionChange } from '../../core/versions/compareVersions';
import { COMMANDS } from '../commands/commandIds';

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
    vscode.commands.registerCommand(COMMANDS.compareVersions, compareVersionsCommand(services, shown)),
    vscode.commands.registerCommand(COMMANDS.carryNotes, carryNotesCommand(services, notes, shown)),
    vscode.commands.registerCommand(COMMANDS.openVersionChange, (value?: unknown) => {
      // Run from the view's rows, which always pass the change; from anywhere else it names none.
      const call = invocation(value);
      return withArgs('args' in call ? call.args : {}, OPEN_CHANGE_ARGS, (args) => openChange(services, args));
    }),
    vscode.commands.registerCommand(COMMANDS.showUnchangedProvisions, () => shown.showUnchanged(true)),
    vscode.commands.registerCommand(COMMANDS.hideUnchangedProvisions, () => shown.showUnchanged(false)),
    vscode.commands.registerCommand(COMMANDS.closeVersionComparison, () => shown.close()),
  );
}
