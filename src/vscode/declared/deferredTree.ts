import * as vscode from 'vscode';

/**
 * The data of a tree view that VS Code created at activation, before the feature that fills it
 * loaded: the first question VS Code asks (the view's children, when it is shown) loads the
 * features, and the feature hands in its provider, which answers from then on.
 */
export class DeferredTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private provider: vscode.TreeDataProvider<T> | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly viewId: string,
    private readonly load: () => void,
  ) {}

  /** The feature's provider; asked everything from now on, its changes passed on to the view. */
  provide(provider: vscode.TreeDataProvider<T>): void {
    this.subscription?.dispose();
    this.provider = provider;
    this.subscription = provider.onDidChangeTreeData?.((changed) => this.changed.fire(changed));
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.loaded().getTreeItem(element);
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.loaded().getChildren(element);
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
      this.load();
    }
    if (!this.provider) {
      throw new Error(`No feature provides the view ${this.viewId}.`);
    }
    return this.provider;
  }
}
