import * as vscode from 'vscode';
import { DeclaredContent, DeclaredView, Declarations } from '../declared';
import { DeferredContent } from '../declared/deferredContent';
import { DeferredTree } from '../declared/deferredTree';

/** The views of package.json, as each is shown (a flat list has no "Collapse All"). */
const VIEWS: Readonly<Record<string, Pick<vscode.TreeViewOptions<unknown>, 'showCollapseAll' | 'canSelectMany'>>> = {
  'policyAnnotator.provisions': { showCollapseAll: true },
  'policyAnnotator.tags': { showCollapseAll: true },
  'policyAnnotator.notesChanges': { showCollapseAll: true },
  'policyAnnotator.versionChanges': { showCollapseAll: false },
  'policyAnnotator.concordance': { showCollapseAll: false, canSelectMany: true },
  'policyAnnotator.related': { showCollapseAll: true },
  'policyAnnotator.words': { showCollapseAll: false },
};

/**
 * The schemes of the read-only documents: the policy texts (`onFileSystem:policy-text`), the
 * provisions that Markdown links open, and the generated reports and proposed merges.
 */
const SCHEMES = ['policy-text', 'policy-annotator', 'policy-annotator-generated'];

/** The views and document schemes registered at activation, each filled by its feature when it loads. */
export class DeclaredRegistrations implements Declarations {
  private readonly views = new Map<string, DeclaredView<unknown>>();
  private readonly contents = new Map<string, DeferredContent>();

  constructor(context: vscode.ExtensionContext, load: () => void) {
    for (const [id, options] of Object.entries(VIEWS)) {
      const tree = new DeferredTree<unknown>(id, load);
      const view = vscode.window.createTreeView(id, { ...options, treeDataProvider: tree });
      this.views.set(id, { view, provide: (provider) => tree.provide(provider) });
      context.subscriptions.push(tree, view);
    }
    for (const scheme of SCHEMES) {
      const content = new DeferredContent(scheme, load);
      this.contents.set(scheme, content);
      context.subscriptions.push(content, vscode.workspace.registerTextDocumentContentProvider(scheme, content));
    }
  }

  view<T>(id: string): DeclaredView<T> {
    const declared = this.views.get(id);
    if (!declared) {
      throw new Error(`The view ${id} is not declared at activation (src/vscode/startup/declaredRegistrations.ts).`);
    }
    // Created before the feature that knows its elements loaded; only that feature provides them.
    return declared as DeclaredView<T>;
  }

  content(scheme: string): DeclaredContent {
    const declared = this.contents.get(scheme);
    if (!declared) {
      throw new Error(`The scheme ${scheme} is not declared at activation (src/vscode/startup/declaredRegistrations.ts).`);
    }
    return declared;
  }
}
