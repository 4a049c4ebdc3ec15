import * as vscode from 'vscode';
import { Services } from '../services';
import { addDocumentCommand } from './addDocumentCommand';
import { removeDocumentCommand } from './removeDocumentCommand';

/** The workspace's own documents: adding and removing them; a change under policy-documents/ reloads the library. */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand('policyAnnotator.addDocument', addDocumentCommand(services)),
    vscode.commands.registerCommand('policyAnnotator.removeDocument', removeDocumentCommand(services)),
  ];
  if (folder) {
    // A pull or a hand edit of document.yaml: read the documents again.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, 'policy-documents/*/document.yaml'));
    disposables.push(watcher, watcher.onDidChange(() => services.reloadLibrary()), watcher.onDidDelete(() => services.reloadLibrary()));
  }
  context.subscriptions.push(...disposables);
}
