import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';

/** The command that opens a provision side by side: what rows, links and hovers of the corpus views run. */
export function openProvision(document: string, provision: number | undefined): vscode.Command {
  return { command: COMMANDS.openSideBySide, title: vscode.l10n.t('Open Side by Side'), arguments: [{ document, ...(provision !== undefined && { provision }) }] };
}

/** The same as a `command:` URI, for links in hovers and documents. */
export function openProvisionUri(document: string, provision: number | undefined): vscode.Uri {
  const { command, arguments: args } = openProvision(document, provision);
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}
