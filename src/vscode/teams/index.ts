import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { Services } from '../services';
import { showAgreementCommand } from './agreementCommand';
import { exportAnnotationsCommand } from './exportCommand';
import { GENERATED_SCHEME, GeneratedDocuments } from './generatedDocuments';
import { NOTES_CHANGES_VIEW, Node, NotesComparison } from './notesComparison';
import { ConflictActions, resolveConflictCommand } from './resolveConflict';
import { registerCommand } from '../commands/declaration';
import { TEAM_COMMANDS } from './commands';

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
    registerCommand(TEAM_COMMANDS.exportAnnotations, exportAnnotationsCommand(services, notes)),
    registerCommand(TEAM_COMMANDS.showAgreement, showAgreementCommand(services, notes, documents)),
    registerCommand(TEAM_COMMANDS.compareNotesWithRevision, comparison.command()),
    registerCommand(TEAM_COMMANDS.closeNotesComparison, () => comparison.close()),
    registerCommand(TEAM_COMMANDS.resolveNotesConflict, resolveConflictCommand(services, notes, documents)),
  );
}
