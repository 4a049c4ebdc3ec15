import * as vscode from 'vscode';
import { DocumentAlignment, alignDocument } from '../core/align/align';
import { DocumentCache } from '../core/documents/cache/documentCache';
import { refreshCatalogSnapshot, snapshotCatalog } from '../core/documents/cache/catalogSnapshot';
import { readCatalog } from '../core/documents/documentCatalog';
import { DocumentRecord } from '../core/documents/documentFile';
import { DocumentSummary, summaryOf, summaryOfRecord } from '../core/documents/documentSummary';
import { loadWorkspaceDocuments } from '../core/documents/workspaceDocuments';
import { GroupedDocument, recordFacts } from '../core/documents/documentGroups';
import { Library, loadLibrary } from '../core/library';
import { languageOfLocale, setMessageLanguage } from '../core/l10n/localized';
import { Language, PolicyDocument } from '../core/model';
import { RenderedDocument, renderDocument } from '../core/render/renderDocument';
import { WorkspaceNotesFileSystem } from './workspaceFileSystem';
import { Declarations } from './declared';
import { Lazy } from './lazy';
import { researchFolder } from './researchFolder';

/**
 * What every feature shares: the log, the documents and what is derived from them (alignments,
 * renderings), each computed once on first use, and the views and document schemes registered at
 * activation, which each feature fills (`declarations`). Features receive this object; nothing is a
 * module-level singleton. What one feature owns (the notes, the search, the tree's filter) it
 * creates itself and offers to others through its extension points (see extension.ts).
 */
export class Services {
  readonly log: vscode.LogOutputChannel;
  private library: Lazy<Promise<Library>>;
  private readonly libraryChanged = new vscode.EventEmitter<void>();
  private embeddedIds: ReadonlySet<string> = new Set();
  /** Fires when documents were added or removed: what was derived from the library is stale. */
  readonly onDidChangeLibrary = this.libraryChanged.event;
  /** Documents read one by one before the whole library was asked for: the library reuses them. */
  private singles = new Map<string, Promise<PolicyDocument | undefined>>();
  private embedded: Lazy<Promise<Library>>;
  private summaries: Lazy<Promise<readonly DocumentSummary[]>>;
  /** The documents' records being listed for the first level, which reading the whole library lets go first. */
  private listing: Promise<void> | undefined;
  /** The library once read (not while it is being read, which the list of documents does not wait for). */
  private loaded: Library | undefined;
  private readonly alignments = new Map<string, DocumentAlignment>();
  private readonly renderings = new Map<string, RenderedDocument>();

  constructor(
    readonly context: vscode.ExtensionContext,
    readonly declarations: Declarations,
  ) {
    // What the shared core says (problems in notes files, refusals, reports, exports) follows VS Code's
    // display language, as the extension's own messages do; VS Code restarts the host when it changes.
    setMessageLanguage(languageOfLocale(vscode.env.language));
    this.log = vscode.window.createOutputChannel('Policy Annotator', { log: true });
    context.subscriptions.push(this.log, this.libraryChanged);
    this.embedded = new Lazy(() => this.loadEmbedded());
    this.library = this.newLibrary();
    this.summaries = new Lazy(() => this.loadSummaries());
  }

  /** Whether a document is one Policy Annotator ships (the Opinions), which cannot be removed. */
  isEmbedded(documentId: string): boolean {
    return this.embeddedIds.has(documentId);
  }

  /** Reads the documents again (after one was added or removed) and tells every feature. */
  reloadLibrary(): void {
    this.library = this.newLibrary();
    this.loaded = undefined;
    this.summaries = new Lazy(() => this.loadSummaries());
    this.singles = new Map();
    this.alignments.clear();
    this.renderings.clear();
    this.libraryChanged.fire();
  }

  private newLibrary(): Lazy<Promise<Library>> {
    const library: Lazy<Promise<Library>> = new Lazy(() =>
      this.loadLibrary().then((loaded) => {
        if (this.library === library) {
          this.loaded = loaded;
        }
        return loaded;
      }),
    );
    return library;
  }

  /** The embedded documents, then those of the research folder's policy-documents/ (parsed, or read from their cache). */
  private async loadLibrary(): Promise<Library> {
    const embedded = await this.embedded.get();
    // The list of documents on screen goes first: its two reads would wait behind the library's
    // thousands (seconds in the extension host, where they share Node's few file threads).
    await this.listing;
    const workspace = await this.loadWorkspace();
    // A document already read alone is the same object in the library, so that what was derived
    // from it (renderings, alignments, editors' state) still applies; both were read from the same
    // files, as a change to them reloads both.
    const singles = new Map<string, PolicyDocument | undefined>(await Promise.all([...this.singles].map(async ([id, single]) => [id, await single] as const)));
    return new Library([...embedded.documents, ...workspace.map((document) => singles.get(document.id) ?? document)]);
  }

  private async loadEmbedded(): Promise<Library> {
    const embedded = await loadLibrary((fileName) => this.readSeed(fileName));
    this.embeddedIds = new Set(embedded.documents.map((document) => document.id));
    return embedded;
  }

  /** The documents of the research folder's policy-documents/, or those `only` names; problems go to the log. */
  private async loadWorkspace(only?: readonly string[]): Promise<readonly PolicyDocument[]> {
    const folder = researchFolder();
    if (!folder) {
      return [];
    }
    // Parsed documents are kept in policy-documents/.cache/, shared with the command line: a document
    // is parsed again only when its files changed (or the parser did). Restricted Mode writes nothing
    // into the workspace, so there every text is parsed.
    const fs = new WorkspaceNotesFileSystem(folder.uri, undefined, true);
    const cache = vscode.workspace.isTrusted ? { cache: new DocumentCache(fs) } : {};
    const workspace = await loadWorkspaceDocuments(fs, this.embeddedIds, { ...cache, ...(only && { only }) });
    for (const problem of workspace.problems) {
      this.log.warn(`${problem.path}:${problem.line}:${problem.column}: ${problem.message}`);
    }
    return workspace.documents;
  }

  /**
   * Every document's id and facts without parsing a text: the embedded ones as they come, those of
   * the research folder from their document.yaml alone (see readCatalog), in the library's order.
   */
  async documentFacts(): Promise<GroupedDocument[]> {
    const embedded = (await this.embedded.get()).documents.map((document) => ({ id: document.id, facts: document }));
    const folder = researchFolder();
    const records = folder ? await this.catalogRecords(new WorkspaceNotesFileSystem(folder.uri, undefined, true)) : [];
    return [...embedded, ...records.map((record) => ({ id: record.id, facts: recordFacts(record.facts) }))];
  }

  /** What the research folder's document.yaml files say: from the catalog's snapshot, except in Restricted Mode, which writes nothing into the workspace. */
  private catalogRecords(fs: WorkspaceNotesFileSystem): Promise<readonly DocumentRecord[]> {
    return vscode.workspace.isTrusted ? snapshotCatalog(fs, this.embeddedIds) : readCatalog(fs, this.embeddedIds).then((catalog) => catalog.entries.map((entry) => entry.record));
  }

  /**
   * The named document (the default one when none is named), or undefined when there is none. Until
   * the whole library is asked for, only this document is read: opening one law of a thousand
   * costs what that law costs.
   */
  async findDocument(documentId?: string): Promise<PolicyDocument | undefined> {
    if (documentId === undefined || this.library.isCreated) {
      return (await this.getLibrary()).document(documentId);
    }
    const embedded = (await this.embedded.get()).document(documentId);
    if (embedded) {
      return embedded;
    }
    let single = this.singles.get(documentId);
    if (!single) {
      single = this.loadWorkspace([documentId]).then((documents) => documents[0]);
      this.singles.set(documentId, single);
    }
    return single;
  }

  getLibrary(): Promise<Library> {
    return this.library.get();
  }

  /**
   * What a list of the documents shows (the Provisions view's first level), in the library's
   * order, without reading their texts: the embedded documents, then what each document.yaml says
   * (from the catalog's snapshot in policy-documents/.cache/, brought up to date in the
   * background). A document whose document.yaml does not say all is read; once the whole library
   * is read, its documents are the list.
   */
  getSummaries(): Promise<readonly DocumentSummary[]> {
    return this.summaries.get();
  }

  private async loadSummaries(): Promise<readonly DocumentSummary[]> {
    if (this.loaded) {
      return this.loaded.documents.map(summaryOf);
    }
    const embedded = (await this.embedded.get()).documents.map(summaryOf);
    const folder = researchFolder();
    if (!folder) {
      return embedded;
    }
    const fs = new WorkspaceNotesFileSystem(folder.uri, undefined, true);
    const listing = this.catalogRecords(fs);
    this.listing = listing.then(
      () => undefined,
      () => undefined,
    );
    const records = await listing;
    if (vscode.workspace.isTrusted) {
      this.refreshSnapshot(new WorkspaceNotesFileSystem(folder.uri, undefined, true));
    }
    const workspace = await Promise.all(records.map(async (record) => summaryOfRecord(record) ?? (await this.findDocument(record.id).then((document) => document && summaryOf(document)))));
    return [...embedded, ...workspace.filter((summary) => summary !== undefined)];
  }

  /** Brings the catalog's snapshot up to date; documents changed since it was written are listed again. */
  private refreshSnapshot(fs: WorkspaceNotesFileSystem): void {
    const listed = this.summaries;
    refreshCatalogSnapshot(fs, this.embeddedIds).then(
      (changed) => {
        if (changed && this.summaries === listed) {
          this.reloadLibrary();
        }
      },
      (error: unknown) => this.log.warn('catalog snapshot:', error),
    );
  }

  /** The named document, or the default one; rejects with a message naming the unknown id. */
  async getDocument(documentId?: string): Promise<PolicyDocument> {
    const document = await this.findDocument(documentId);
    if (!document) {
      throw new Error(vscode.l10n.t('Unknown document "{0}".', documentId ?? ''));
    }
    return document;
  }

  getAlignment(document: PolicyDocument): DocumentAlignment {
    let alignment = this.alignments.get(document.id);
    if (!alignment) {
      alignment = alignDocument(document);
      this.alignments.set(document.id, alignment);
    }
    return alignment;
  }

  getRendered(document: PolicyDocument, language: Language): RenderedDocument {
    const key = `${document.id}/${language}`;
    let rendered = this.renderings.get(key);
    if (!rendered) {
      rendered = renderDocument(document, language);
      this.renderings.set(key, rendered);
    }
    return rendered;
  }

  private async readSeed(fileName: string): Promise<string> {
    const uri = vscode.Uri.joinPath(this.context.extensionUri, 'seeds', fileName);
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  }
}
