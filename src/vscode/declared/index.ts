import * as vscode from 'vscode';

/**
 * What VS Code may ask of the extension before its features have loaded, registered by the thin
 * activation (src/vscode/startup) and filled by the features once they load: the tree views of
 * package.json (shown at once when the Policy side bar opens) and the URI schemes of its
 * read-only documents (an editor restored after a reload). A feature asks for its own by id.
 */
export interface Declarations {
  /** The view `id` of package.json, already created; the feature gives it its data with `provide`. */
  view<T>(id: string): DeclaredView<T>;
  /** The documents of `scheme`, already registered; the feature gives them their content with `provide`. */
  content(scheme: string): DeclaredContent;
}

export interface DeclaredView<T> {
  readonly view: vscode.TreeView<T>;
  provide(provider: vscode.TreeDataProvider<T>): void;
}

export interface DeclaredContent {
  provide(provider: vscode.TextDocumentContentProvider): void;
}
