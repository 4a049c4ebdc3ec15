import * as vscode from 'vscode';
import { Library } from '../../core/library';
import { PolicyDocument, Provision, findProvision } from '../../core/model';
import { excerpt } from '../../core/references/excerpt';
import { ProvisionSearch, SearchHit } from '../../core/search';
import { Lazy } from '../lazy';
import { ProvisionNotesSource, notesSearchText } from './notes';

export interface PickedProvision {
  readonly document: PolicyDocument;
  readonly provision: Provision;
}

interface ProvisionItem extends vscode.QuickPickItem {
  readonly choice: PickedProvision;
}

// Enough to fill the list; results further down are never looked at.
const PICK_LIMIT = 30;
// The detail line shows about this much before the quick pick cuts it.
const DETAIL_LENGTH = 140;

/**
 * Asks for a provision with a quick pick that lists them all and, as the writer types, searches
 * their number, titles and text in both languages (and the user's tags and notes, through the
 * hook). Resolves with undefined when dismissed.
 */
export function pickProvision(library: Library, notes: ProvisionNotesSource | undefined, title: string): Promise<PickedProvision | undefined> {
  // Built when the writer first types, with the notes as they are then.
  const search = new Lazy(async () => new ProvisionSearch(library.documents, await notesText(library, notes)));
  const all = library.documents.flatMap((document) => document.provisions.map((provision) => item(document, provision, undefined)));
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
      const hits = (await search.get()).search(value, PICK_LIMIT);
      // A slower search for an older value must not overwrite the newer one's results.
      if (asked === latest) {
        quickPick.items = hits.flatMap((hit) => hitItem(library, hit));
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

async function notesText(library: Library, notes: ProvisionNotesSource | undefined): Promise<((provision: Provision) => string) | undefined> {
  if (!notes) {
    return undefined;
  }
  const provisions = library.documents.flatMap((document) => document.provisions);
  // Notes that cannot be read are left out of the search rather than stopping it.
  const read = async (provision: Provision): Promise<string> => notesSearchText(await Promise.resolve(notes(provision)).catch(() => undefined));
  const texts = new Map(await Promise.all(provisions.map(async (provision) => [provision, await read(provision)] as const)));
  return (provision) => texts.get(provision) ?? '';
}

function hitItem(library: Library, hit: SearchHit): ProvisionItem[] {
  const document = library.document(hit.document);
  const provision = document && findProvision(document, hit.provision);
  return document && provision ? [item(document, provision, hit)] : [];
}

/** "¶15 Safeguarding …", the Chinese title beside it, and below the opening or the passage that matched. */
function item(document: PolicyDocument, provision: Provision, hit: SearchHit | undefined): ProvisionItem {
  const matched = hit?.match && hit.match.text !== provision.title[hit.match.language] ? hit.match.text : undefined;
  return {
    label: `¶${provision.number} ${provision.title.en}`,
    description: provision.title.zh,
    detail: excerpt(matched ?? provision.text.en, DETAIL_LENGTH),
    // The search has chosen and ranked these; the quick pick must not filter them again.
    alwaysShow: true,
    choice: { document, provision },
  };
}
