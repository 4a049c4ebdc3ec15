import * as vscode from 'vscode';
import { DocumentAlignment } from '../core/align/align';
import { PolicyDocument, Provision, parseNumberKey } from '../core/model';
import { AnnotationService, AnnotationViews, DescribedThread } from './annotations';
import { PublicAnnotation, publicAnnotations } from './annotations/publicAnnotations';
import { RelatedContent, RelatedView } from './corpus/relatedView';
import { WordsView } from './corpus/wordsView';
import { Reading } from './reading';
import { SideBySideArgs, SideBySideEditors } from './reading/sideBySide';
import { ProvisionSearcher } from './search';
import { ProvisionSearchResult, searchResults } from './search/searchProvisions';
import { isRefused } from './commands/result';
import { Services } from './services';
import { ProvisionsView } from './tree';
import { DescribedTreeItem, DescribedTreeLevel, describeTreeItem } from './tree/describeTree';

/**
 * The public API returned by `activate()`, for other extensions and the integration tests:
 * `vscode.extensions.getExtension('policy-annotator.policy-annotator')?.exports`.
 * Everything is computed on first call, never at activation.
 */
export interface PolicyAnnotatorApi {
  /** The extension's version, from package.json. */
  readonly version: string;
  /** Every document the extension knows, parsed from its seeds. */
  getDocuments(): Promise<readonly PolicyDocument[]>;
  /** The English↔Chinese sentence alignment of a document (default: the first). */
  getAlignment(documentId?: string): Promise<DocumentAlignment>;
  /** A provision by number (`getProvision(undefined, 15)`, `getProvision('criminal-law', '120-1')`); undefined when there is none. */
  getProvision(documentId: string | undefined, number: number | string): Promise<Provision | undefined>;
  /**
   * Provisions ranked by how well they match `query` (words, a phrase in either language, or a
   * number like `15` / `¶15`), best first; the same search as "Policy: Search Provisions…".
   */
  searchProvisions(query: string): Promise<readonly ProvisionSearchResult[]>;
  /**
   * Opens the English and Chinese editors side by side, at a provision if given; resolves with their
   * URIs. Unlike the command (which resolves with `{ ok: false, reason }` and shows the reason), an
   * unknown document or provision rejects the promise with an Error whose message is the reason:
   * an extension calling the API awaits editors, and a rejection cannot be mistaken for them.
   */
  openSideBySide(args?: SideBySideArgs): Promise<SideBySideEditors>;
  /**
   * The Provisions tree as the view shows it (filter included): the node with `id` (a document,
   * part or provision id; the root when absent) and its children, each with its label,
   * description, tooltip, click command and parent (from `getParent`).
   */
  describeProvisionTree(id?: string): Promise<DescribedTreeLevel>;
  /**
   * The workspace's annotations (every coder's), on one document if given, in document order;
   * `quote` is a span's exact words. The first call reads the notes folder.
   */
  getAnnotations(documentId?: string): Promise<readonly PublicAnnotation[]>;
  /** The Tags view as it shows it: the node with `id` (`tag:<tag id>`; the root when absent) and its children. */
  describeTagsView(id?: string): Promise<DescribedTreeLevel>;
  /** The comment threads on notes in the side-by-side editors, each with its range and comments. */
  describeNoteThreads(): Promise<readonly DescribedThread[]>;
  /** Fires when annotations, the codebook or the notes files' problems change (saves, git, hand edits). */
  readonly onDidChangeAnnotations: vscode.Event<void>;
  /** What the Related view shows: the provision under the side-by-side cursor, its related provisions and citations. */
  describeRelated(): RelatedContent | undefined;
  /** Fires when the Related view has followed the cursor to another provision. */
  readonly onDidChangeRelated: vscode.Event<void>;
  /** The Words view as it shows it: each word with its counts and keyness, and the concordance its click opens. */
  describeWordsView(): Promise<readonly DescribedTreeItem[]>;
}

/** The features' state and views the API answers from. */
export interface ApiSources {
  readonly notes: AnnotationService;
  readonly read: Reading;
  readonly searcher: ProvisionSearcher;
  readonly provisions: ProvisionsView;
  readonly views: AnnotationViews;
  readonly related: RelatedView;
  readonly words: WordsView;
}

export function createApi(context: vscode.ExtensionContext, services: Services, sources: ApiSources): PolicyAnnotatorApi {
  return {
    version: String(context.extension.packageJSON.version),
    getDocuments: async () => (await services.getLibrary()).documents,
    getAlignment: async (documentId) => services.getAlignment(await services.getDocument(documentId)),
    getProvision: async (documentId, number) => (await services.getLibrary()).provision(documentId, typeof number === 'string' ? (parseNumberKey(number) ?? Number.NaN) : number),
    // The very objects the UI uses: the search with the notes, the tree with its filter.
    searchProvisions: (query) => searchResults(sources.searcher, query),
    openSideBySide: async (args = {}) => {
      const opened = await sources.read.sideBySide.open(args);
      if (isRefused(opened)) {
        throw new Error(opened.reason);
      }
      return opened;
    },
    describeProvisionTree: (id) => sources.provisions.describe(id),
    getAnnotations: (documentId) => publicAnnotations(sources.notes, documentId),
    describeTagsView: (id) => sources.views.describeTags(id),
    describeNoteThreads: () => sources.views.describeNoteThreads(),
    onDidChangeAnnotations: sources.notes.onDidChange,
    describeRelated: () => sources.related.current,
    onDidChangeRelated: (listener, thisArgs, disposables) => sources.related.onDidChangeTreeData(listener, thisArgs, disposables),
    describeWordsView: () => Promise.all(sources.words.getChildren().map((node) => describeTreeItem(sources.words, node))),
  };
}
