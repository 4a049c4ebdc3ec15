import * as vscode from 'vscode';
import { findProvision } from '../../core/model';
import { renderedProvision } from '../../core/render/renderDocument';
import { policyTextUri } from '../reading/policyUri';
import { leftLanguage } from '../reading/settings';
import { Services } from '../services';
import { DraftReferences, referenceRange } from './draftReferences';

/**
 * Go to Definition (Ctrl+click) on a reference leads to the provision's heading in the text the
 * side-by-side view shows on the left. Ctrl+click also follows the reference's document link,
 * which opens the pair there: both land in the same editor.
 */
export class ReferenceDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly services: Services,
    private readonly drafts: DraftReferences,
  ) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const found = await this.drafts.at(document, position);
    const policy = found && found.active.library.document(found.reference.documentId);
    if (!found || !policy || !findProvision(policy, found.reference.number)) {
      return undefined;
    }
    const language = leftLanguage();
    const targetUri = policyTextUri(policy, language);
    const target = await vscode.workspace.openTextDocument(targetUri);
    const { heading, text } = renderedProvision(this.services.getRendered(policy, language), found.reference.number);
    const range = (start: number, end: number): vscode.Range => new vscode.Range(target.positionAt(start), target.positionAt(end));
    return [
      {
        originSelectionRange: referenceRange(document, found.reference),
        targetUri,
        targetRange: range(heading.start, text.end),
        targetSelectionRange: range(heading.start, heading.end),
      },
    ];
  }
}
