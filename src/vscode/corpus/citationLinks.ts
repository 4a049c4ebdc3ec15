import * as vscode from 'vscode';
import { Services } from '../services';
import { resolvePolicyText } from '../reading/policyText';
import { CorpusIndexes } from './corpusIndexes';
import { sideBySideUri } from '../reading/sideBySideCommand';
import { byNumber, numberKey } from '../../core/model';

/** The references in a Chinese policy text that name a document of the corpus, as links that open it there. */
export class CitationLinks implements vscode.DocumentLinkProvider {
  constructor(
    private readonly services: Services,
    private readonly indexes: CorpusIndexes,
  ) {}

  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    const text = await resolvePolicyText(this.services, document.uri);
    if (!text || text.language !== 'zh') {
      return [];
    }
    const rendered = text.renderings.zh;
    return (await this.indexes.getCitations()).cites(text.document.id).flatMap((citation) => {
      const place = byNumber(rendered.provisions, citation.from.provision);
      if (citation.document === undefined || !place) {
        return [];
      }
      const range = new vscode.Range(document.positionAt(place.text.start + citation.start), document.positionAt(place.text.start + citation.end));
      const link = new vscode.DocumentLink(range, sideBySideUri({ document: citation.document, provision: citation.provision }));
      link.tooltip = vscode.l10n.t('Open {0}', `${citation.document}${citation.provision === undefined ? '' : ` ¶${numberKey(citation.provision)}`}`);
      return [link];
    });
  }
}
