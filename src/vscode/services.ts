import * as vscode from 'vscode';
import { DocumentAlignment, alignDocument } from '../core/align/align';
import { loadWorkspaceDocuments } from '../core/documents/workspaceDocuments';
import { Library, loadLibrary } from '../core/library';
import { Language, PolicyDocument } from '../core/model';
import { RenderedDocument, renderDocument } from '../core/render/renderDocument';
import { AnnotationService } from './annotations/annotationService';
import { WorkspaceNotesFileSystem } from './annotations/workspaceFileSystem';
import { provisionNotes } from './annotations/provisionNotes';
import { Lazy } from './lazy';
import { NotesAwareSearcher } from './search/searcher';
import { ProvisionFilter } from './tree/filter';

/**
 * What every feature shares: the documents and what is derived from them, each computed once
 * on first use. Features receive this object; nothing is a module-level singleton.
 */
export class Services {
  readonly log: vscode.LogOutputChannel;
  /** The workspace's annotations; nothing is read until a view or command needs them. */
  readonly annotations: AnnotationService;
  /** The one search of provisions, which also indexes the tags and notes written on them. */
  readonly searcher: NotesAwareSearcher;
  /** The Provisions tree's filter: the text filter and other features set criteria on it. */
  readonly provisionFilter = new ProvisionFilter();
  private library: Lazy<Promise<Library>>;
  private readonly libraryChanged = new vscode.EventEmitter<void>();
  private embeddedIds: ReadonlySet<string> = new Set();
  /** Fires when documents were added or removed: what was derived from the library is stale. */
  readonly onDidChangeLibrary = this.libraryChanged.event;
  private readonly alignments = new Map<string, DocumentAlignment>();
  private readonly renderings = new Map<string, RenderedDocument>();

  constructor(readonly context: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Policy Annotator', { log: true });
    context.subscriptions.push(this.log);
    this.library = new Lazy(() => this.loadLibrary());
    this.annotations = new AnnotationService({ getLibrary: () => this.getLibrary(), log: this.log });
    this.searcher = new NotesAwareSearcher(() => this.getLibrary(), provisionNotes(this.annotations), this.annotations.onDidChange);
    context.subscriptions.push(this.annotations, this.searcher, this.provisionFilter, this.libraryChanged);
  }

  /** Whether a document is one Policy Annotator ships (the Opinions), which cannot be removed. */
  isEmbedded(documentId: string): boolean {
    return this.embeddedIds.has(documentId);
  }

  /** Reads the documents again (after one was added or removed) and tells every feature. */
  reloadLibrary(): void {
    this.library = new Lazy(() => this.loadLibrary());
    this.alignments.clear();
    this.renderings.clear();
    this.searcher.invalidate();
    this.annotations.libraryChanged();
    this.libraryChanged.fire();
  }

  /** The embedded documents, then those of the first workspace folder's policy-documents/. */
  private async loadLibrary(): Promise<Library> {
    const embedded = await loadLibrary((fileName) => this.readSeed(fileName));
    this.embeddedIds = new Set(embedded.documents.map((document) => document.id));
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      return embedded;
    }
    const reserved = new Set(embedded.documents.map((document) => document.id));
    const workspace = await loadWorkspaceDocuments(new WorkspaceNotesFileSystem(folder.uri), reserved);
    for (const problem of workspace.problems) {
      this.log.warn(`${problem.path}:${problem.line}:${problem.column}: ${problem.message}`);
    }
    return new Library([...embedded.documents, ...workspace.documents]);
  }

  getLibrary(): Promise<Library> {
    return this.library.get();
  }

  /** The named document, or the default one; rejects with a message naming the unknown id. */
  async getDocument(documentId?: string): Promise<PolicyDocument> {
    const library = await this.getLibrary();
    const document = library.document(documentId);
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
