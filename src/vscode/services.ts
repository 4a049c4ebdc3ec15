import * as vscode from 'vscode';
import { DocumentAlignment, alignDocument } from '../core/align/align';
import { Library, loadLibrary } from '../core/library';
import { languageOfLocale, setMessageLanguage } from '../core/l10n/localized';
import { Language, PolicyDocument } from '../core/model';
import { RenderedDocument, renderDocument } from '../core/render/renderDocument';
import { Lazy } from './lazy';

/**
 * What every feature shares: the log, the documents and what is derived from them (alignments,
 * renderings), each computed once on first use. Features receive this object; nothing is a
 * module-level singleton. What one feature owns (the notes, the search, the tree's filter) it
 * creates itself and offers to others through its extension points (see extension.ts).
 */
export class Services {
  readonly log: vscode.LogOutputChannel;
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
