import * as vscode from 'vscode';

/**
 * The data of a tree view created as the extension loads, before the feature that fills it
 * loaded: the first question VS Code asks (the view's children, when it is shown) loads the
 * features (once the extension is activated), and the feature hands in its provider, which
 * answers from then on.
 */
export class DeferredTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private provider: vscode.TreeDataProvider<T> | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly viewId: string,
    private readonly load: () => Promise<unknown>,
  ) {}

  /** The feature's provider; asked everything from now on, its changes passed on to the view. */
  provide(provider: vscode.TreeDataProvider<T>): void {
    this.subscription?.dispose();
    this.provider = provider;
    this.subscription = provider.onDidChangeTreeData?.((changed) => this.changed.fire(changed));
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    // Its elements come from the provider: it is there.
    return this.loaded().getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.provider ? this.provider.getChildren(element) : this.load().then(() => this.loaded().getChildren(element));
  }

  getParent(element: T): vscode.ProviderResult<T> {
    return this.loaded().getParent?.(element);
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }

  private loaded(): vscode.TreeDataProvider<T> {
    if (!this.provider) {
      throw new Error(`No feature provides the view ${this.viewId}.`);
    }
    return this.provider;
  }
}
