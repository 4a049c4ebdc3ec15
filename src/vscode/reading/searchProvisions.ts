import * as vscode from 'vscode';
import { Bilingual, Language, findProvision, otherLanguage } from '../../core/model';
import { SearchHit } from '../../core/search';
import { Services } from '../services';
import { parsePolicyTextUri } from './policyUri';
import { ProvisionSearcher } from './searcher';
import { treeTitleLanguage } from './settings';
import { SideBySide } from './sideBySide';

// A quick pick shows a screenful; more results than that are never looked at.
const PICK_LIMIT = 30;

/** One ranked result of `policyAnnotator.searchProvisions` (and of the API's searchProvisions). */
export interface ProvisionSearchResult {
  readonly document: string;
  readonly provision: number;
  readonly title: Bilingual;
  /** 0 = best … 1. */
  readonly score: number;
  /** The sentence or title that matched best; absent when the query named the provision's number. */
  readonly match?: { readonly language: Language; readonly text: string };
}

function toResult({ document, provision, title, score, match }: SearchHit): ProvisionSearchResult {
  return { document, provision, title, score, ...(match && { match: { language: match.language, text: match.text } }) };
}

interface HitPick extends vscode.QuickPickItem {
  readonly hit: SearchHit;
}

function hitPick(hit: SearchHit): HitPick {
  const language = treeTitleLanguage();
  return {
    label: `${hit.provision}. ${hit.title[language]}`,
    description: hit.title[otherLanguage(language)],
    detail: hit.match?.text,
    // The search has already chosen and ranked these; the quick pick must not filter them again.
    alwaysShow: true,
    hit,
  };
}

/** Asks with a live quick pick; resolves with the hit chosen, or undefined if dismissed. */
function pickHit(searcher: ProvisionSearcher): Promise<SearchHit | undefined> {
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<HitPick>();
    quickPick.title = vscode.l10n.t('Search Provisions');
    quickPick.placeholder = vscode.l10n.t('Words, a phrase or a provision number, in English or Chinese');
    quickPick.matchOnDescription = false;
    quickPick.matchOnDetail = false;
    let latest = 0;
    quickPick.onDidChangeValue(async (value) => {
      const asked = ++latest;
      quickPick.busy = true;
      const hits = await searcher.search(value, PICK_LIMIT);
      // A slower search for an older value must not overwrite the newer one's results.
      if (asked === latest) {
        quickPick.items = hits.map(hitPick);
        quickPick.busy = false;
      }
    });
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.hit);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
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
  const start = services.getRendered(document, match.language).provisions[hit.provision - 1].text.start + at;
  const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + match.text.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * `policyAnnotator.searchProvisions`: with `{ query }` returns the ranked results and shows
 * nothing; without it, a quick pick searches as one types and opens the chosen provision.
 */
export function searchProvisionsCommand(services: Services, searcher: ProvisionSearcher, sideBySide: SideBySide): (args?: unknown) => Promise<readonly ProvisionSearchResult[]> {
  return async (args) => {
    const query = typeof args === 'object' && args !== null ? (args as Record<string, unknown>).query : undefined;
    if (typeof query === 'string') {
      return (await searcher.search(query)).map(toResult);
    }
    const hit = await pickHit(searcher);
    if (!hit) {
      return [];
    }
    await sideBySide.open({ document: hit.document, provision: hit.provision });
    await selectMatch(services, hit);
    return [toResult(hit)];
  };
}
