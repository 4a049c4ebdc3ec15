import * as vscode from 'vscode';
import { findProvision } from '../../core/model';
import { renderedProvision } from '../../core/render/renderDocument';
import { SearchHit } from '../../core/search';
import { invocation } from '../commands/invocation';
import { string, withArgs } from '../commands/readers';
import { Refused } from '../commands/result';
import { Services } from '../services';
import { parsePolicyTextUri } from '../reading/policyUri';
import { SideBySide } from '../reading/sideBySide';
import { pickProvision } from './pickProvision';
import { ProvisionSearcher } from './searcher';

/** One ranked result of `policyAnnotator.searchProvisions` (and of the API's searchProvisions). */
export type ProvisionSearchResult = SearchHit;

/** The hit as plain data with only its declared fields, whatever objects the search built it from. */
function toResult({ document, provision, title, score, match }: SearchHit): ProvisionSearchResult {
  return { document, provision, title, score, ...(match && { match: { language: match.language, text: match.text } }) };
}

/** Selects the matched sentence in its language's editor, so the linked editors highlight both sides. */
async function selectMatch(services: Services, hit: SearchHit): Promise<void> {
  const { match } = hit;
  const editor = match && vscode.window.visibleTextEditors.find((candidate) => {
    const ref = parsePolicyTextUri(candidate.document.uri);
    return ref?.documentId === hit.document && ref.language === match.language;
  });
  const document = await services.getDocument(hit.document);
  const provision = findProvision(document, hit.provision);
  const at = match && provision ? provision.text[match.language].indexOf(match.text) : -1;
  if (!editor || !match || at < 0) {
    return;
  }
  const start = renderedProvision(services.getRendered(document, match.language), hit.provision).text.start + at;
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + match.text.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The ranked results for a query, as the command and the API return them. */
export async function searchResults(searcher: ProvisionSearcher, query: string): Promise<ProvisionSearchResult[]> {
  return (await searcher.search(query)).map(toResult);
}

/**
 * `policyAnnotator.searchProvisions`: with `{ query }` returns the ranked results and shows
 * nothing; without it, a quick pick searches as one types and opens the chosen provision.
 */
export function searchProvisionsCommand(services: Services, searcher: ProvisionSearcher, sideBySide: SideBySide): (value?: unknown) => Promise<readonly ProvisionSearchResult[] | Refused> {
  return async (value) => {
    const call = invocation(value);
    if ('args' in call) {
      return withArgs(call.args, { query: string }, ({ query }) => searchResults(searcher, query));
    }
    const picked = await pickProvision(await services.getLibrary(), searcher, vscode.l10n.t('Search Provisions'));
    if (!picked) {
      return [];
    }
    const { document, provision } = picked;
    await sideBySide.open({ document: document.id, provision: provision.number });
    if (picked.hit) {
      await selectMatch(services, picked.hit);
    }
    const chosen: SearchHit = picked.hit ?? { document: document.id, provision: provision.number, title: provision.title, score: 0 };
    return [toResult(chosen)];
  };
}
