import * as vscode from 'vscode';
import { withArgs } from '../annotations/args';
import { POLICY_SCHEME } from '../reading/policyUri';
import { Services } from '../services';
import { carryNotesCommand } from './carryCommand';
import { ChangeDecorations, ChangeHover } from './changeDecorations';
import { compareVersionsCommand } from './compareCommand';
import { openChange, readOpenChangeArgs } from './openChange';
import { ShownComparison } from './shownComparison';
import { OPEN_CHANGE_COMMAND, VERSION_CHANGES_VIEW, VersionChangesView } from './versionChangesView';

/** Versions of a document: what a revision changed, provision by provision, and notes carried to the new text. */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const shown = new ShownComparison();
  const view = new VersionChangesView(shown);
  context.subscriptions.push(
    shown,
    view,
    new ChangeDecorations(services, shown),
    vscode.window.createTreeView(VERSION_CHANGES_VIEW, { treeDataProvider: view }),
    vscode.languages.registerHoverProvider({ scheme: POLICY_SCHEME }, new ChangeHover(services, shown)),
    vscode.commands.registerCommand('policyAnnotator.compareVersions', compareVersionsCommand(services, shown)),
    vscode.commands.registerCommand('policyAnnotator.carryNotes', carryNotesCommand(services, shown)),
    vscode.commands.registerCommand(OPEN_CHANGE_COMMAND, (value?: unknown) => withArgs(async () => openChange(services, readOpenChangeArgs(value)))),
    vscode.commands.registerCommand('policyAnnotator.showUnchangedProvisions', () => shown.showUnchanged(true)),
    vscode.commands.registerCommand('policyAnnotator.hideUnchangedProvisions', () => shown.showUnchanged(false)),
    vscode.commands.registerCommand('policyAnnotator.closeVersionComparison', () => shown.close()),
  );
}
