import * as vscode from 'vscode';
import { registerCommand } from '../commands/declaration';
import { Services } from '../services';
import { TREE_COMMANDS } from './commands';
import { groupDocumentsByCommand } from './groupDocumentsCommand';
import { ProvisionsView, ProvisionsViewOptions, registerProvisionsView } from './provisionsView';

export type { ProvisionsView } from './provisionsView';

/**
 * The Provisions tree: documents, parts and provisions, filtered by text and by what other
 * features set on its filter, following the cursor of the side-by-side editors. Other features
 * hang children under provisions (`childrenSources`) and set filter criteria (`filter`).
 */
export function register(context: vscode.ExtensionContext, services: Services, options: ProvisionsViewOptions): ProvisionsView {
  context.subscriptions.push(registerCommand(TREE_COMMANDS.groupDocumentsBy, groupDocumentsByCommand(services)));
  return registerProvisionsView(context, services, options);
}
