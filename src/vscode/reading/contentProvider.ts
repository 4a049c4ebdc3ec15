import * as vscode from 'vscode';
import { Services } from '../services';
import { parsePolicyTextUri, POLICY_SCHEME } from './policyUri';

/**
 * Serves the renderings. Content-provider documents are read-only by construction, which is
 * what a source text should be; the text never changes, so there is no change event.
 */
export function registerContentProvider(services: Services): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const ref = parsePolicyTextUri(uri);
      const document = ref && (await services.findDocument(ref.documentId));
      if (!ref || !document) {
        throw new Error(vscode.l10n.t('There is no policy text at {0}.', uri.toString()));
      }
      return services.getRendered(document, ref.language).text;
    },
  };
  services.declarations.content(POLICY_SCHEME).provide(provider);
}
