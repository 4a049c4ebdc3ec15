import * as vscode from 'vscode';
import { DocumentAlignment, alignDocument } from '../core/align/align';
import { Library, loadLibrary } from '../core/library';
import { languageOfLocale, setMessageLanguage } from '../core/l10n/localized';
import { Language, PolicyDocument } from '../core/model';
import { RenderedDocument, renderDocument } from '../core/render/renderDocument';
import { AnnotationService } from './annotations/annotationService';
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
  private readonly library: Lazy<Promise<Library>>;
  private readonly alignments = new Map<string, DocumentAlignment>();
  private readonly renderings = new Map<string, RenderedDocument>();

  constructor(readonly context: vscode.ExtensionContext) {
    // What the shared core says (problems in notes files, refusals, reports, exports) follows VS Code's
    // display language, as the extension's own messages do; VS Code restarts the host when it changes.
    setMessageLanguage(languageOfLocale(vscode.env.language));
    this.log = vscode.window.createOutputChannel('Policy Annotator', { log: true });
    context.subscriptions.push(this.log);
    this.library = new Lazy(() => loadLibrary((fileName) => this.readSeed(fileName)));
    this.annotations = new AnnotationService({ getLibrary: () => this.getLibrary(), log: this.log });
    this.searcher = new NotesAwareSearcher(() => this.getLibrary(), provisionNotes(this.annotations), this.annotations.onDidChange);
    context.subscriptions.push(this.annotations, this.searcher, this.provisionFilter);
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
