import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { Services } from '../services';
import { showAgreementCommand } from './agreementCommand';
import { exportAnnotationsCommand } from './exportCommand';
import { GENERATED_SCHEME, GeneratedDocuments } from './generatedDocuments';
import { NOTES_CHANGES_VIEW, Node, NotesComparison } from './notesComparison';
import { ConflictActions, resolveConflictCommand } from './resolveConflict';
import { COMMANDS } from '../commands/commandIds';

/** Teams: exports, agreement between coders, notes compared with a git revision, conflicts merged by id. */
export function register(context: vscode.ExtensionContext, services: Services, notes: NotesAccess): void {
  const documents = new GeneratedDocuments();
  const comparison = new NotesComparison(services, notes);
  const conflicts = new ConflictActions(notes);
  services.declarations.content(GENERATED_SCHEME).provide(documents);
  services.declarations.view<Node>(NOTES_CHANGES_VIEW).provide(comparison);
  context.subscriptions.push(
    documents,
    comparison,
    conflicts,
    vscode.languages.registerCodeActionsProvider({ pattern: '**/*.yaml' }, conflicts, { providedCodeActionKinds: ConflictActions.kinds }),
    vscode.commands.registerCommand(COMMANDS.exportAnnotations, exportAnnotationsCommand(services, notes)),
    vscode.commands.registerCommand(COMMANDS.showAgreement, showAgreementCommand(services, notes, documents)),
    vscode.commands.registerCommand(COMMANDS.compareNotesWithRevision, comparison.command()),
    vscode.commands.registerCommand(COMMANDS.closeNotesComparison, () => comparison.close()),
    vscode.commands.registerCommand(COMMANDS.resolveNotesConflict, resolveConflictCommand(services, notes, documents)),
  );
}
