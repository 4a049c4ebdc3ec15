import * as vscode from 'vscode';
import { conflictMarkers, DEFAULT_LIMITS } from '../../core/yaml';
import { writeUserFile } from '../../core/storage';
import { CONFLICT_TAG, resolveConflict } from '../../core/teams/conflict/conflictMerge';
import { NotesAccess } from '../annotations';
import { Call } from '../commands/declaration';
import { fileArgument } from '../commands/fileArgument';
import { flag, optional } from '../commands/readers';
import { Refused, isRefused, refused } from '../commands/result';
import { Services } from '../services';
import { GeneratedDocuments } from './generatedDocuments';
import { sidecarLocation } from './sidecarPath';
import { COMMANDS } from '../commands/commandIds';

/** True while the active editor shows a notes file with git conflict markers: the editor title then offers the command. */
const CONFLICTED_CONTEXT = 'policyAnnotator.notesConflicted';

export interface ResolveResult {
  readonly file: vscode.Uri;
  /** False when the user declined: the conflicted file is as it was. */
  readonly written: boolean;
  readonly annotations: number;
  /** Annotations both sides changed: `id` is ours, `copy` theirs. */
  readonly conflicts: readonly { readonly id: string; readonly copy: string }[];
}

/** How Resolve Notes Conflict reads its argument object. */
export const RESOLVE_ARGS = { file: optional(fileArgument), accept: optional(flag) };

/**
 * `policyAnnotator.resolveNotesConflict` `{ file, accept? }` (file: a URI or a workspace-relative
 * path; from the editor title, the file shown). Merges the two sides of the git conflict markers
 * in a sidecar by annotation id (core/teams/conflictMerge), shows the conflicted file beside the
 * result, and writes the result only when the user accepts (or `accept: true`). Declining leaves
 * the file as it was: nothing is lost either way.
 */
export function resolveConflictCommand(services: Services, notes: NotesAccess, documents: GeneratedDocuments): (call: Call<{ file: vscode.Uri | undefined; accept: boolean | undefined }, vscode.Uri>) => Promise<ResolveResult | Refused | undefined> {
  const service = notes.service;
  return async (call) => {
    // From the UI: the file of the editor title's menu, else the active editor's.
    const { file: uri, accept = false } = 'args' in call ? call.args : { file: call.item ?? vscode.window.activeTextEditor?.document.uri };
    const location = uri && sidecarLocation(service, uri);
    if (!uri || !location) {
      return refused(vscode.l10n.t('Name a notes file (policy-notes/<document>/<coder>.yaml) to resolve.'));
    }
    if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty)) {
      return refused(vscode.l10n.t('{0} has unsaved changes: save or revert them first.', location.path));
    }
    const store = await notes.storeToWrite();
    if (isRefused(store)) {
      return store;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return refused(vscode.l10n.t('{0} could not be read.', location.path));
    }
    const library = await services.getLibrary();
    const context = { documentId: location.documentId, document: library.document(location.documentId), tagIds: new Set(store.codebook.tags.map((tag) => tag.id)) };
    const resolution = resolveConflict(new TextDecoder().decode(bytes), context, (id) => store.annotation(id) !== undefined);
    if ('error' in resolution) {
      return refused(vscode.l10n.t('{0} cannot be merged by annotation id: {1}', location.path, resolution.error));
    }
    const proposal = documents.set(`/${location.path.replace(/\.yaml$/, '')}.merged.yaml`, resolution.text);
    await vscode.commands.executeCommand('vscode.diff', uri, proposal, vscode.l10n.t('{0} ↔ merged by annotation id', location.path.slice(location.path.lastIndexOf('/') + 1)), { preview: true });
    const result = { file: uri, annotations: resolution.sidecar.annotations.length, conflicts: resolution.conflicts };
    if (!accept && !(await confirm(resolution.conflicts.length, resolution.sidecar.annotations.length, resolution.oursLabel, resolution.theirsLabel))) {
      return { ...result, written: false };
    }
    const root = service.workspaceFolder()?.uri;
    if (!root) {
      return refused(vscode.l10n.t('Open a folder to keep notes in.'));
    }
    const merged = new TextEncoder().encode(resolution.text);
    await writeUserFile(notes.fileSystem(root), location.path, () => merged, DEFAULT_LIMITS.maxBytes);
    await store.refresh([location.path]);
    return { ...result, written: true };
  };
}

async function confirm(conflicts: number, annotations: number, ours: string, theirs: string): Promise<boolean> {
  const write = vscode.l10n.t('Write Merged File');
  const detail = [
    vscode.l10n.t('The merged file keeps every annotation of "{0}" and of "{1}": {2} in all.', ours, theirs, annotations),
    conflicts > 0
      ? vscode.l10n.t('{0} were changed on both sides and are kept in both versions, tagged "{1}": keep one of each pair and delete the other.', conflicts, CONFLICT_TAG)
      : vscode.l10n.t('No annotation was changed differently on the two sides.'),
    vscode.l10n.t('An annotation one side deleted comes back; delete it again if it should go.'),
  ].join('\n\n');
  return (await vscode.window.showInformationMessage(vscode.l10n.t('Write the notes merged by annotation id?'), { modal: true, detail }, write)) === write;
}

/**
 * Offers the command as a Quick Fix in a notes file with conflict markers (on the annotation
 * diagnostics about them, when there are some), and keeps the editor title's context key current.
 */
export class ConflictActions implements vscode.CodeActionProvider, vscode.Disposable {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly notes: NotesAccess) {
    const update = () => void this.updateContext();
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) {
          update();
        }
      }),
      notes.service.onDidChange(update),
    ];
    update();
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.isConflicted(document)) {
      return [];
    }
    const action = new vscode.CodeAction(vscode.l10n.t('Resolve Notes Conflict: merge both sides by annotation id'), vscode.CodeActionKind.QuickFix);
    action.command = { command: COMMANDS.resolveNotesConflict, title: action.title, arguments: [document.uri] };
    action.diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.message.includes('git conflict marker'));
    action.isPreferred = true;
    return [action];
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private isConflicted(document: vscode.TextDocument): boolean {
    return sidecarLocation(this.notes.service, document.uri) !== undefined && conflictMarkers(document.getText()).length > 0;
  }

  private async updateContext(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    await vscode.commands.executeCommand('setContext', CONFLICTED_CONTEXT, document !== undefined && this.isConflicted(document));
  }
}
