import * as vscode from 'vscode';

/**
 * The documents of a URI scheme, registered as the extension loads so that an editor VS Code
 * restores (a policy text after a reload) finds its content: the first request loads the
 * features (once the extension is activated), and the feature hands in the provider that
 * answers from then on.
 */
export class DeferredContent implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private provider: vscode.TextDocumentContentProvider | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly scheme: string,
    private readonly load: () => Promise<unknown>,
  ) {}

  /** The feature's provider; asked for every document from now on, its changes passed on. */
  provide(provider: vscode.TextDocumentContentProvider): void {
    this.subscription?.dispose();
    this.provider = provider;
    this.subscription = provider.onDidChange?.((uri) => this.changed.fire(uri));
  }

  provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): vscode.ProviderResult<string> {
    return this.provider ? this.provider.provideTextDocumentContent(uri, token) : this.load().then(() => this.loaded().provideTextDocumentContent(uri, token));
  }

  private loaded(): vscode.TextDocumentContentProvider {
    if (!this.provider) {
      throw new Error(`No feature provides the documents of ${this.scheme}:.`);
    }
    return this.provider;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
