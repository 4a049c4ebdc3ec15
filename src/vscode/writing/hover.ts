import * as vscode from 'vscode';
import { findProvision } from '../../core/model';
import { treeTitleLanguage } from '../reading/settings';
import { DraftReferences, referenceRange } from './draftReferences';
import { ProvisionNotesSource } from '../search/notes';
import { provisionPreview } from './provisionPreview';

/** Hovering a reference in a draft shows the provision in both languages, with the user's notes. */
export class ReferenceHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly drafts: DraftReferences,
    private readonly notes: ProvisionNotesSource | undefined,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const found = await this.drafts.at(document, position);
    const policy = found && found.active.library.document(found.reference.documentId);
    const provision = policy && findProvision(policy, found.reference.number);
    // A reference to a provision that does not exist has its diagnostic, which the hover shows.
    if (!found || !policy || !provision) {
      return undefined;
    }
    const notes = await this.notes?.(provision);
    return new vscode.Hover(provisionPreview(policy, provision, notes, treeTitleLanguage()), referenceRange(document, found.reference));
  }
}
