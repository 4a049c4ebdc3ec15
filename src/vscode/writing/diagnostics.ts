import * as vscode from 'vscode';
import { PolicyDocument } from '../../core/model';
import { FoundReference } from '../../core/references';
import { Services } from '../services';
import { DraftReferences, referenceRange } from './draftReferences';
import { isDraft } from './drafts';
import { noSuchProvision } from './messages';
import { ReferenceFormats } from './referenceFormats';

// Typing a reference passes through numbers that do not exist (¶2 on the way to ¶25 is fine, ¶3
// on the way to ¶31 is not): wait for a pause in typing before flagging.
const TYPING_PAUSE_MS = 300;

/** Warns about references to provisions a document does not have, in every open draft. */
export class ReferenceDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policyAnnotator.references');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly services: Services,
    private readonly drafts: DraftReferences,
    formats: ReferenceFormats,
  ) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document, TYPING_PAUSE_MS)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      formats.onDidChange(() => this.scheduleAll()),
    ];
    this.scheduleAll();
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
    vscode.Disposable.from(this.collection, ...this.disposables).dispose();
  }

  private scheduleAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.schedule(document, 0);
    }
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isDraft(document)) {
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.update(document).catch((error: unknown) => this.services.log.error('reference diagnostics:', error));
      }, delay),
    );
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const { active, references } = await this.drafts.find(document);
    // A newer version has its own update scheduled; a closed draft keeps no diagnostics.
    if (document.isClosed || document.version !== version) {
      return;
    }
    const diagnostics = references.flatMap((reference) => {
      const policy = active.library.document(reference.documentId);
      return reference.exists || !policy ? [] : [missingProvision(document, reference, policy)];
    });
    this.collection.set(document.uri, diagnostics);
  }

  private forget(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.collection.delete(uri);
  }
}

function missingProvision(document: vscode.TextDocument, reference: FoundReference, policy: PolicyDocument): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(referenceRange(document, reference), noSuchProvision(policy, reference.number), vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'Policy Annotator';
  diagnostic.code = 'unknown-provision';
  return diagnostic;
}
