import * as vscode from 'vscode';

/**
 * Whether the command may write into the workspace: in Restricted Mode the user is told why not
 * (`message`, `detail`) and offered to manage trust (the command runs only if they then trust it). Commands that write files
 * (notes, documents) ask this first; their menu entries are also disabled while the workspace is
 * not trusted (`enablement: isWorkspaceTrusted` in package.json), and this check covers calls from
 * other extensions and keybindings, which `enablement` does not stop.
 */
export async function trustedToWrite(message: string, detail: string): Promise<boolean> {
  if (vscode.workspace.isTrusted) {
    return true;
  }
  const manage = vscode.l10n.t('Manage Workspace Trust');
  const answer = await vscode.window.showWarningMessage(
    message,
    { modal: true, detail },
    manage,
  );
  if (answer === manage) {
    await vscode.commands.executeCommand('workbench.trust.manage');
  }
  return vscode.workspace.isTrusted;
}
