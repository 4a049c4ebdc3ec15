import * as vscode from 'vscode';
import { Provision } from '../../core/model';
import { SearchHit } from '../../core/search';
import { Call } from '../commands/declaration';
import { Services } from '../services';
import { SideBySide, SideBySideArgs } from '../reading/sideBySide';
import { pickProvision } from './pickProvision';
import { ProvisionSearcher } from './searcher';

/** One ranked result of `policyAnnotator.searchProvisions` (and of the API's searchProvisions). */
export type ProvisionSearchResult = SearchHit;

/** The hit as plain data with only its declared fields, whatever objects the search built it from. */
function toResult({ document, provision, title, score, match }: SearchHit): ProvisionSearchResult {
  return { document, provision, title, score, ...(match && { match: { language: match.language, text: match.text } }) };
}

/** The matched sentence, to select in its language's editor so that the linked editors highlight both sides. */
function matchedWords(provision: Provision, { match }: SearchHit): SideBySideArgs['select'] {
  const at = match ? provision.text[match.language].indexOf(match.text) : -1;
  return match && at >= 0 ? { language: match.language, start: at, end: at + match.text.length } : undefined;
}

/** The ranked results for a query, as the command and the API return them. */
export async function searchResults(searcher: ProvisionSearcher, query: string): Promise<ProvisionSearchResult[]> {
  return (await searcher.search(query)).map(toResult);
}

/**
 * `policyAnnotator.searchProvisions`: with `{ query }` returns the ranked results and shows
 * nothing; without it, a quick pick searches as one types and opens the chosen provision.
 */
export function searchProvisionsCommand(services: Services, searcher: ProvisionSearcher, sideBySide: SideBySide): (call: Call<{ query: string }, never>) => Promise<readonly ProvisionSearchResult[]> {
  return async (call) => {
    if ('args' in call) {
      return searchResults(searcher, call.args.query);
    }
    const picked = await pickProvision(await services.getLibrary(), searcher, vscode.l10n.t('Search Provisions'));
    if (!picked) {
      return [];
    }
    const { document, provision } = picked;
    const select = picked.hit && matchedWords(provision, picked.hit);
    await sideBySide.open({ document: document.id, provision: provision.number, ...(select && { select }) });
    const chosen: SearchHit = picked.hit ?? { document: document.id, provision: provision.number, title: provision.title, score: 0 };
    return [toResult(chosen)];
  };
}
