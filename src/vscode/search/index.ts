import * as vscode from 'vscode';
import { SideBySide } from '../reading/sideBySide';
import { Services } from '../services';
import { ProvisionNotesSource } from './notes';
import { searchProvisionsCommand } from './searchProvisions';
import { IndexStore, NotesAwareSearcher, ProvisionSearcher } from './searcher';
import { registerCommand } from '../commands/declaration';
import { SEARCH_COMMANDS } from './commands';
import { readIndexFile, writeIndexFile } from '../../core/search';
import { researchFolder } from '../researchFolder';
import { WorkspaceNotesFileSystem } from '../workspaceFileSystem';

export type { ProvisionNotes, ProvisionNotesSource } from './notes';
export type { ProvisionSearcher } from './searcher';

/** What other features plug into the search, wired in extension.ts: annotations hand in the notes to index. */
export interface SearchExtensions {
  readonly notes?: ProvisionNotesSource;
  /** Fires when what `notes` returns may have changed: the index is built again on the next query. */
  readonly onDidChangeNotes?: vscode.Event<void>;
  /** The documents that have any notes: `notes` is asked only of their provisions (a library of laws has hundreds of thousands). */
  readonly notedDocuments?: () => Promise<ReadonlySet<string>>;
}

/**
 * Searching provisions: the one searcher (numbers, titles and text in both languages, and the
 * notes other features hand in), which the quick picks, the tree filter and the API ask, and
 * "Search Provisions…". Returns the searcher, for the features that search.
 */
export function register(context: vscode.ExtensionContext, services: Services, sideBySide: SideBySide, extensions: SearchExtensions = {}): ProvisionSearcher {
  const noNotes: vscode.Event<void> = () => new vscode.Disposable(() => undefined);
  const searcher = new NotesAwareSearcher(() => services.getLibrary(), extensions.notes ?? (() => undefined), extensions.onDidChangeNotes ?? noNotes, extensions.notedDocuments, indexStore);
  context.subscriptions.push(
    searcher,
    // A document added or removed: the index adds or drops it, leaving the others as they are.
    services.onDidChangeLibrary(() => searcher.invalidate()),
    registerCommand(SEARCH_COMMANDS.searchProvisions, searchProvisionsCommand(services, searcher, sideBySide)),
  );
  return searcher;
}

/**
 * The index kept in the research folder's policy-documents/.cache/, beside the parsed documents it
 * is built from; none in Restricted Mode, which writes nothing into the workspace (and so trusts
 * none of its caches).
 */
function indexStore(): IndexStore | undefined {
  const folder = researchFolder();
  if (!folder || !vscode.workspace.isTrusted) {
    return undefined;
  }
  const fs = new WorkspaceNotesFileSystem(folder.uri);
  return { read: () => readIndexFile(fs), write: (index) => writeIndexFile(fs, index) };
}
