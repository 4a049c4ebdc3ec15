import * as vscode from 'vscode';
import { FoundReference, findReferences } from '../../core/references';
import { ActiveReferences } from './activeReferences';
import { ReferenceFormats } from './referenceFormats';

/** The references of a draft, with the formats they were recognised by. */
export interface Recognised {
  readonly active: ActiveReferences;
  readonly references: readonly FoundReference[];
}

interface Entry extends Recognised {
  readonly version: number;
}

/**
 * Recognises the references of drafts, once per version of each draft: hovers, links, the
 * definition and the diagnostics all ask for the same text. A change of settings drops it all.
 */
export class DraftReferences implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly formats: ReferenceFormats) {
    this.disposables = [
      formats.onDidChange(() => this.cache.clear()),
      vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(document.uri.toString())),
    ];
  }

  async find(document: vscode.TextDocument): Promise<Recognised> {
    const active = await this.formats.get();
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.active === active) {
      return cached;
    }
    const entry = { active, version: document.version, references: findReferences(document.getText(), active.matchers) };
    this.cache.set(key, entry);
    return entry;
  }

  /** The reference under the position (its end included, where the cursor sits after typing it). */
  async at(document: vscode.TextDocument, position: vscode.Position): Promise<{ active: ActiveReferences; reference: FoundReference } | undefined> {
    const { active, references } = await this.find(document);
    const offset = document.offsetAt(position);
    const reference = references.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    return reference && { active, reference };
  }

  dispose(): void {
    this.cache.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

export function referenceRange(document: vscode.TextDocument, reference: FoundReference): vscode.Range {
  return new vscode.Range(document.positionAt(reference.start), document.positionAt(reference.end));
}
