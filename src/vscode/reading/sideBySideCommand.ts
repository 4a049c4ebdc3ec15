import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import { SideBySideArgs } from './sideBySide';

/** The command that opens the side-by-side view (at a provision, words selected): what tree rows, links and hovers run. */
export function sideBySideCommand(args: SideBySideArgs): vscode.Command {
  return { command: COMMANDS.openSideBySide, title: vscode.l10n.t('Open Side by Side'), arguments: [args] };
}

/**
 * The same as a `command:` URI, for links in hovers and documents. Editors follow command links
 * of document links (VS Code opens them with allowCommands), so no trust is involved.
 */
export function sideBySideUri(args: SideBySideArgs): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMANDS.openSideBySide}?${encodeURIComponent(JSON.stringify(args))}`);
}
