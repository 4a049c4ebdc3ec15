import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { Language, PolicyDocument, Provision, findProvision, otherLanguage } from '../../core/model';
import { excerpt } from '../../core/references/excerpt';
import { SearchHit } from '../../core/search';
import { treeTitleLanguage } from '../reading/settings';
import { ProvisionSearcher } from './searcher';

export interface PickedProvision {
  readonly document: PolicyDocument;
  readonly provision: Provision;
  /** The search's hit, when the provision was found by typing. */
  readonly hit?: SearchHit;
}

interface ProvisionItem extends vscode.QuickPickItem {
  readonly choice: PickedProvision;
}

// Enough to fill the list; results further down are never looked at.
const PICK_LIMIT = 30;
// The detail line shows about this much before the quick pick cuts it.
const DETAIL_LENGTH = 140;

/**
 * Asks for a provision with a quick pick that lists them all in order and, as the user types,
 * searches with the shared searcher (numbers, titles and text in both languages, tags and notes).
 * Every command that asks for a provision uses it. Resolves with undefined when dismissed.
 */
export function pickProvision(library: Library, searcher: ProvisionSearcher, title: string): Promise<PickedProvision | undefined> {
  const language = treeTitleLanguage();
  const all = library.documents.flatMap((document) => document.provisions.map((provision) => item(document, provision, language, undefined)));
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<ProvisionItem>();
    quickPick.title = title;
    quickPick.placeholder = vscode.l10n.t('Words, a phrase or a provision number, in English or Chinese');
    quickPick.matchOnDescription = false;
    quickPick.matchOnDetail = false;
    quickPick.items = all;
    let latest = 0;
    quickPick.onDidChangeValue(async (value) => {
      const asked = ++latest;
      if (value.trim() === '') {
        quickPick.items = all;
        quickPick.busy = false;
        return;
      }
      quickPick.busy = true;
      const hits = await searcher.search(value, PICK_LIMIT).catch(() => []);
      // A slower search for an older value must not overwrite the newer one's results.
      if (asked === latest) {
        quickPick.items = hits.flatMap((hit) => hitItem(library, hit, language));
        quickPick.busy = false;
      }
    });
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.choice);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}

function hitItem(library: Library, hit: SearchHit, language: Language): ProvisionItem[] {
  const document = library.document(hit.document);
  const provision = document && findProvision(document, hit.provision);
  return document && provision ? [item(document, provision, language, hit)] : [];
}

/** "15. <title>" as in the Provisions tree, the other title beside it, and below the passage that matched or the opening. */
function item(document: PolicyDocument, provision: Provision, language: Language, hit: SearchHit | undefined): ProvisionItem {
  const matched = hit?.match && hit.match.text !== provision.title[hit.match.language] ? hit.match.text : undefined;
  return {
    label: `${provision.number}. ${provision.title[language]}`,
    description: provision.title[otherLanguage(language)],
    detail: excerpt(matched ?? provision.text[language], DETAIL_LENGTH),
    // The search has chosen and ranked these; the quick pick must not filter them again.
    alwaysShow: true,
    choice: { document, provision, ...(hit && { hit }) },
  };
}
