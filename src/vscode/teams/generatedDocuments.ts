import * as vscode from 'vscode';

/** The scheme of the read-only documents this feature shows: reports and proposed merges. */
export const GENERATED_SCHEME = 'policy-annotator-generated';

/**
 * Read-only text documents whose text this feature sets: the agreement report, a merge before
 * it is written. A document whose text changes is updated in any editor showing it.
 */
export class GeneratedDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** The URI of `path` (e.g. `/agreement.md`; the extension gives the language), after setting its text. */
  set(path: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: GENERATED_SCHEME, path });
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}
