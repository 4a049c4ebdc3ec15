import * as vscode from 'vscode';

/**
 * The documents of a URI scheme, registered at activation so that an editor VS Code restores (a
 * policy text after a reload) finds its content: the first request loads the features, and the
 * feature hands in the provider that answers from then on.
 */
export class DeferredContent implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private provider: vscode.TextDocumentContentProvider | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly scheme: string,
    private readonly load: () => void,
  ) {}

  /** The feature's provider; asked for every document from now on, its changes passed on. */
  provide(provider: vscode.TextDocumentContentProvider): void {
    this.subscription?.dispose();
    this.provider = provider;
    this.subscription = provider.onDidChange?.((uri) => this.changed.fire(uri));
  }

  provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): vscode.ProviderResult<string> {
    if (!this.provider) {
      this.load();
    }
    if (!this.provider) {
      throw new Error(`No feature provides the documents of ${this.scheme}:.`);
    }
    return this.provider.provideTextDocumentContent(uri, token);
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
