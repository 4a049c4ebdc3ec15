import * as vscode from 'vscode';
import { FoundReference, pinpoint } from '../../core/references';
import { outsideProvisionLinks } from '../../core/references/outsideLinks';
import { sideBySideUri } from '../reading/sideBySideCommand';
import { DraftReferences } from './draftReferences';
import { uiLanguage } from '../reading/settings';

/** Each reference to an existing provision links to the side-by-side view at that provision. */
export class ReferenceLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly drafts: DraftReferences) {}

  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const { active, references } = await this.drafts.find(document);
    const text = document.getText();
    return references.flatMap((reference) => {
      const policy = active.library.document(reference.documentId);
      return reference.exists && policy ? this.links(document, text, reference, pinpoint(policy, reference.number, uiLanguage())) : [];
    });
  }

  private links(document: vscode.TextDocument, text: string, reference: FoundReference, name: string): vscode.DocumentLink[] {
    // Markdown links the destination of `[…](policy-annotator:/…)` itself; ours takes the rest.
    const stretches = document.languageId === 'markdown' ? outsideProvisionLinks(text, reference.start, reference.end) : [reference];
    const target = sideBySideUri({ document: reference.documentId, provision: reference.number });
    return stretches.map((stretch) => {
      const link = new vscode.DocumentLink(new vscode.Range(document.positionAt(stretch.start), document.positionAt(stretch.end)), target);
      link.tooltip = vscode.l10n.t('Open {0} side by side', name);
      return link;
    });
  }
}
