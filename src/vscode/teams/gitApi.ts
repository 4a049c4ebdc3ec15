import * as vscode from 'vscode';

// The part of the built-in git extension's API (extensions/git/src/api/git.d.ts, version 1) used here.

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

export interface GitChange {
  /** The file in the working tree (for a deletion, where it was). */
  readonly uri: vscode.Uri;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  /** The file's text at `ref`; rejects when it does not exist there. `path` is a file system path. */
  show(ref: string, path: string): Promise<string>;
  /** The files that differ between `ref` and the working tree. */
  diffWith(ref: string): Promise<GitChange[]>;
  getCommit(ref: string): Promise<{ readonly hash: string }>;
}

/**
 * The repository that holds `folder`, through the built-in git extension (there is none in the
 * browser), or why there is none, in a sentence.
 */
export async function gitRepository(folder: vscode.Uri): Promise<GitRepository | { readonly reason: string }> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) {
    return { reason: vscode.l10n.t('The built-in Git extension is not available here.') };
  }
  const git = extension.isActive ? extension.exports : await extension.activate();
  if (!git.enabled) {
    return { reason: vscode.l10n.t('Git is turned off (the setting git.enabled).') };
  }
  const api = git.getAPI(1);
  const repository = api.getRepository(folder) ?? (await api.openRepository?.(folder)) ?? null;
  return repository ?? { reason: vscode.l10n.t('The workspace folder is not in a git repository.') };
}
