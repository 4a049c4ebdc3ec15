import * as vscode from 'vscode';
import { AnnotationChange } from '../../core/teams/review/annotationDiff';
import { changeLine, editWords } from '../../core/teams/review/changeText';
import { SidecarDiff, SidecarVersions, diffNotes } from '../../core/teams/review/notesDiff';
import { NotesAccess } from '../annotations';
import { Call } from '../commands/declaration';
import { Refused, isRefused, refused } from '../commands/result';
import { Services } from '../services';
import { GitRepository, gitRepository } from './gitApi';
import { sidecarLocation } from './sidecarPath';

export const NOTES_CHANGES_VIEW = 'policyAnnotator.notesChanges';
/** True while a comparison is shown: the view is visible only then. */
const COMPARING_CONTEXT = 'policyAnnotator.comparingNotes';

export interface NotesComparisonResult {
  readonly revision: string;
  readonly files: readonly SidecarDiff[];
}

export type Node = { readonly kind: 'file'; readonly diff: SidecarDiff } | { readonly kind: 'change'; readonly diff: SidecarDiff; readonly change: AnnotationChange };

/**
 * "Compare Notes with Revision…": the annotations added, removed and changed since a git revision,
 * by coder file, in the Notes Changes view. The revision's files come from the built-in git
 * extension; the working tree's from the annotation store, so unsaved-to-git work is included.
 * The comparison follows later edits of the notes until it is closed.
 */
export class NotesComparison implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: { readonly revision: string; readonly repository: GitRepository; files: readonly SidecarDiff[] } | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly services: Services,
    private readonly notes: NotesAccess,
  ) {
    this.disposables = [
      this.changed,
      notes.service.onDidChange(() => void this.refresh()),
    ];
  }

  /** `policyAnnotator.compareNotesWithRevision` `{ revision }`; from the UI it asks for the revision. */
  command(): (call: Call<{ revision: string }, never>) => Promise<NotesComparisonResult | Refused | undefined> {
    return async (call) => {
      const folder = this.notes.service.workspaceFolder();
      if (!folder) {
        return refused(vscode.l10n.t('Open a folder to keep notes in.'));
      }
      const repository = await gitRepository(folder.uri);
      if ('reason' in repository) {
        return refused(repository.reason);
      }
      let revision: string | undefined;
      if ('args' in call) {
        revision = call.args.revision;
      } else {
        revision = await vscode.window.showInputBox({
          title: vscode.l10n.t('Compare Notes with Revision'),
          prompt: vscode.l10n.t('A branch, tag or commit, e.g. HEAD, HEAD~1 or main'),
          value: 'HEAD',
        });
      }
      if (revision === undefined) {
        return undefined;
      }
      try {
        await repository.getCommit(revision);
      } catch {
        return refused(vscode.l10n.t('There is no revision "{0}" in the repository.', revision));
      }
      const files = await this.compare(repository, revision);
      if (isRefused(files)) {
        return files;
      }
      this.current = { revision, repository, files };
      this.changed.fire();
      await vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, true);
      await vscode.commands.executeCommand(`${NOTES_CHANGES_VIEW}.focus`);
      return { revision, files };
    };
  }

  /** `policyAnnotator.closeNotesComparison`: hides the view. */
  async close(): Promise<void> {
    this.current = undefined;
    this.changed.fire();
    await vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, false);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const open: vscode.Command | undefined = this.openCommand(node.diff);
    if (node.kind === 'file') {
      const name = node.diff.path.slice(node.diff.path.lastIndexOf('/') + 1);
      const item = new vscode.TreeItem(name, node.diff.changes.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      const status = node.diff.status === 'added' ? vscode.l10n.t('new') : node.diff.status === 'deleted' ? vscode.l10n.t('deleted') : undefined;
      item.description = [node.diff.author, status, node.diff.unreadable !== undefined ? vscode.l10n.t('not compared') : undefined].filter(Boolean).join(' · ');
      item.tooltip = node.diff.unreadable ?? node.diff.path;
      item.iconPath = new vscode.ThemeIcon(node.diff.unreadable !== undefined ? 'warning' : 'file');
      item.resourceUri = this.notes.service.uriOf(node.diff.path);
      item.command = open;
      return item;
    }
    const change = node.change;
    const item = new vscode.TreeItem(changeLine(change).slice(2));
    item.iconPath = new vscode.ThemeIcon(change.kind === 'added' ? 'diff-added' : change.kind === 'removed' ? 'diff-removed' : 'diff-modified');
    item.description = change.annotation.id;
    item.tooltip = change.kind === 'changed' ? editWords(change.edit) : changeLine(change);
    item.command = open;
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!this.current) {
      return [];
    }
    return node ? (node.kind === 'file' ? node.diff.changes.map((change) => ({ kind: 'change', diff: node.diff, change })) : []) : this.current.files.map((diff) => ({ kind: 'file', diff }));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private openCommand(diff: SidecarDiff): vscode.Command | undefined {
    const uri = this.notes.service.uriOf(diff.path);
    return uri && diff.status !== 'deleted' ? { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] } : undefined;
  }

  /** Compares again after the notes changed; a comparison closed or replaced meanwhile is left alone. */
  private async refresh(): Promise<void> {
    const shown = this.current;
    if (!shown) {
      return;
    }
    try {
      const files = await this.compare(shown.repository, shown.revision);
      if (this.current === shown && !isRefused(files)) {
        shown.files = files;
        this.changed.fire();
      }
    } catch (error) {
      this.services.log.warn('notes comparison: could not compare again:', error);
    }
  }

  private async compare(repository: GitRepository, revision: string): Promise<readonly SidecarDiff[] | Refused> {
    const store = await this.notes.storeToRead();
    if (isRefused(store)) {
      return store;
    }
    const service = this.notes.service;
    // The working tree's sidecars, and those git says changed since the revision (deleted ones among them).
    const changed = (await repository.diffWith(revision)).flatMap((change) => {
      const location = sidecarLocation(service, change.uri);
      return location ? [location.path] : [];
    });
    const paths = new Set([...store.files().filter((file) => file.kind === 'notes').map((file) => file.path), ...changed]);
    const versions: SidecarVersions[] = await Promise.all(
      [...paths].map(async (path) => {
        const uri = service.uriOf(path);
        return { path, before: uri && (await readAt(repository, revision, uri)), after: uri && (await readNow(uri)) };
      }),
    );
    return diffNotes(versions, await this.services.getLibrary());
  }
}

async function readAt(repository: GitRepository, revision: string, uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return new TextEncoder().encode(await repository.show(revision, uri.fsPath));
  } catch {
    // Not in that revision.
    return undefined;
  }
}

async function readNow(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}
