import * as vscode from 'vscode';

/**
 * The one workspace folder that holds the research: `policy-documents/` and the notes folder. In a
 * multi-root workspace `policyAnnotator.workspaceFolder` names it; otherwise, or when no folder has
 * that name, it is the first folder. Every feature asks here, so that they all agree on one folder.
 */
export function researchFolder(): vscode.WorkspaceFolder | undefined {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders || folders.length === 0) {
    return undefined;
  }
  const named = vscode.workspace.getConfiguration('policyAnnotator').get<string>('workspaceFolder', '');
  return (named !== '' && folders.find((folder) => folder.name === named)) || folders[0];
}
