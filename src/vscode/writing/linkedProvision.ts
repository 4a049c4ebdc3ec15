import * as vscode from 'vscode';
import { findProvision } from '../../core/model';
import { URI_SCHEME, parseProvisionUri } from '../../core/references';
import { Services } from '../services';
import { noSuchProvision } from './messages';
import { provisionCaption } from './provisionPreview';

/**
 * Serves `policy-annotator:/<document>/<n>`, the link the markdownLink format writes: Markdown's
 * own link on it (and its preview) opens the URI as a document, which shows the provision in
 * both languages, read-only. The reference's text links to the side-by-side view instead.
 */
export function registerLinkedProvisions(services: Services): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const ref = parseProvisionUri(`${uri.scheme}:${uri.path}`);
      const document = ref && (await services.getLibrary()).document(ref.documentId);
      if (!ref || !document) {
        throw new Error(vscode.l10n.t('There is no policy text at {0}.', uri.toString()));
      }
      const provision = findProvision(document, ref.number);
      if (!provision) {
        throw new Error(noSuchProvision(document, ref.number));
      }
      return (['en', 'zh'] as const).map((language) => `${provisionCaption(document, provision, language)}\n\n${provision.text[language]}\n`).join('\n');
    },
  };
  services.declarations.content(URI_SCHEME).provide(provider);
}
