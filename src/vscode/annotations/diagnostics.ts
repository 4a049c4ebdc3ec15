import * as vscode from 'vscode';
import { Problem } from '../../core/yaml';
import { AnnotationService } from './annotationService';

const NOTES_DIAGNOSTICS = 'policyAnnotator.notes';
const SOURCE = 'Policy Annotator';

/**
 * An empty range at the problem's position: the editor underlines the word there, and the store
 * need not keep every file's text to say where a line ends. Problems are 1-based; VS Code is 0-based.
 */
function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const at = new vscode.Position(Math.max(0, problem.line - 1), Math.max(0, problem.column - 1));
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at), problem.message, severity);
  diagnostic.source = SOURCE;
  return diagnostic;
}

/**
 * Every problem of every notes and codebook file in the Problems panel, on that file, redone on
 * every change. Opening a YAML file in the notes folder opens the store, so that a file broken by a
 * merge shows its problems without a visit to a Policy view first.
 */
export function registerNotesDiagnostics(context: vscode.ExtensionContext, service: AnnotationService): void {
  const collection = vscode.languages.createDiagnosticCollection(NOTES_DIAGNOSTICS);

  const update = (): void => {
    const store = service.current();
    const files = store?.files() ?? [];
    collection.clear();
    for (const file of files) {
      const uri = service.uriOf(file.path);
      if (uri && file.problems.length > 0) {
        collection.set(uri, file.problems.map(toDiagnostic));
      }
    }
  };

  const openIfNotes = (document: vscode.TextDocument): void => {
    const path = service.pathOf(document.uri);
    const folder = service.notesFolder();
    if (path !== undefined && folder !== undefined && path.endsWith('.yaml') && (folder === '' || path.startsWith(`${folder}/`))) {
      service.store().catch(() => undefined);
    }
  };

  context.subscriptions.push(collection, service.onDidChange(update), vscode.workspace.onDidOpenTextDocument(openIfNotes));
  vscode.workspace.textDocuments.forEach(openIfNotes);
}
