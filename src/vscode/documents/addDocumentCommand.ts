import * as vscode from 'vscode';
import { AddDocumentError, PlannedAddition, SourceFile, planAddition, writeAddition } from '../../core/documents/addDocument';
import { PlannedReplacement, replaceDocument } from '../../core/documents/replaceDocument';
import { PolicyDocument } from '../../core/model';
import { Landing } from '../../core/versions/carryPlan';
import { Call } from '../commands/declaration';
import { Values, flag, optional, text } from '../commands/readers';
import { Refused, refused } from '../commands/result';
import { WorkspaceNotesFileSystem } from '../workspaceFileSystem';
import { Services } from '../services';
import { fromText, sourceFromArg, sourceFromUri } from './sourceArgs';
import { writableDocumentsFolder } from './trust';

/** What Add Document returns: the summary the command line's `add --json` prints. */
export interface AddedDocument {
  readonly ok: true;
  readonly id: string;
  readonly provisions: number;
  readonly divisions: number;
  readonly aligned: number;
  readonly untranslated: readonly number[];
  readonly unpaired: number;
  /** On a replacement: how many notes landed how (see followNotes). */
  readonly notes?: Readonly<Record<Landing, number>>;
}

interface Sources {
  readonly chinese: SourceFile;
  readonly english?: SourceFile;
  readonly id?: string;
  readonly revises?: string;
  readonly replace?: boolean;
}

/**
 * Policy: Add Document…: with `{ chinese, english?, id?, revises?, replace? }` (paths or text) it asks nothing;
 * from the palette it asks for files (or takes the clipboard), then confirms the id. `replace: true`
 * with the `id` of a workspace document replaces its text, the notes following their words.
 * Nothing is written unless the whole document could be read.
 */
/** How Add Document reads its argument object. */
export const ADD_DOCUMENT_ARGS = { chinese: text, english: optional(text), id: optional(text), revises: optional(text), replace: optional(flag) };

export function addDocumentCommand(services: Services, notesFolder: (folder: vscode.WorkspaceFolder) => string): (call: Call<Values<typeof ADD_DOCUMENT_ARGS>, never>) => Promise<AddedDocument | Refused | undefined> {
  return async (call) => {
    const folder = await writableDocumentsFolder(vscode.l10n.t('Nothing was added: the workspace is not trusted.'));
    if ('ok' in folder) {
      return folder;
    }
    const sources = 'args' in call ? await sourcesFromArgs(call.args) : await askSources();
    if (!sources || 'ok' in sources) {
      return sources;
    }
    const library = await services.getLibrary();
    const taken = new Set(library.documents.map((document) => document.id));
    if (sources.replace) {
      return replaceText(services, folder, notesFolder(folder), sources, library.document(sources.id));
    }
    let plan: PlannedAddition;
    try {
      plan = planAddition({ ...sources, taken });
      if (!('args' in call)) {
        const id = await vscode.window.showInputBox({
          title: vscode.l10n.t('Add Document'),
          prompt: vscode.l10n.t('The document id: chosen once, never changed (notes and references use it).'),
          value: plan.record.id,
          validateInput: (input) => (input === plan.record.id || !taken.has(input) ? undefined : vscode.l10n.t('Another document has this id.')),
        });
        if (id === undefined) {
          return undefined;
        }
        plan = id === plan.record.id ? plan : planAddition({ ...sources, id, taken });
      }
      await writeAddition(new WorkspaceNotesFileSystem(folder.uri), plan);
    } catch (thrown) {
      if (thrown instanceof AddDocumentError) {
        return refused(thrown.message);
      }
      throw thrown;
    }
    services.reloadLibrary();
    const added = summary(plan);
    void vscode.window.showInformationMessage(vscode.l10n.t('Added {0}: {1} provisions, {2} with English.', added.id, added.provisions, added.aligned));
    return added;
  };
}

function summary(plan: PlannedAddition | PlannedReplacement): AddedDocument {
  const { document, untranslated } = plan;
  return {
    ok: true,
    id: document.id,
    provisions: document.provisions.length,
    divisions: document.parts.length,
    aligned: document.provisions.filter((provision) => provision.text.en !== '' && provision.text.zh !== '').length,
    untranslated,
    unpaired: document.unpaired.length,
    ...('notes' in plan && { notes: plan.notes.landings }),
  };
}

/** Replaces the text of a workspace document, its notes (in the notes folder of the settings) following their words. */
async function replaceText(services: Services, folder: vscode.WorkspaceFolder, notesFolder: string, sources: Sources, current: PolicyDocument | undefined): Promise<AddedDocument | Refused> {
  if (!current || sources.id === undefined || services.isEmbedded(current.id)) {
    return refused(vscode.l10n.t('To replace a text, name a document of this workspace with "id".'));
  }
  const fs = new WorkspaceNotesFileSystem(folder.uri);
  let plan: PlannedReplacement;
  try {
    const taken = new Set((await services.getLibrary()).documents.map((document) => document.id));
    plan = await replaceDocument(fs, { chinese: sources.chinese, ...(sources.english && { english: sources.english }), taken, current, notesFolder });
  } catch (thrown) {
    if (thrown instanceof AddDocumentError) {
      return refused(thrown.message);
    }
    throw thrown;
  }
  services.reloadLibrary();
  const { exact, fuzzy, whole, orphaned } = plan.notes.landings;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Replaced the text of {0}: {1} notes followed their words, {2} are orphaned (kept with their quote).', current.id, exact + fuzzy + whole, orphaned),
  );
  return summary(plan);
}

async function sourcesFromArgs(values: Values<typeof ADD_DOCUMENT_ARGS>): Promise<Sources | Refused> {
  const chinese = await sourceFromArg(values.chinese, 'chinese');
  const english = values.english === undefined ? undefined : await sourceFromArg(values.english, 'english');
  if (!chinese.ok || (english && !english.ok)) {
    return refused((!chinese.ok ? chinese : (english as Refused)).reason);
  }
  return { chinese: chinese.value, ...(english?.ok && { english: english.value }), ...(values.id !== undefined && { id: values.id }), ...(values.revises !== undefined && { revises: values.revises }), ...(values.replace && { replace: true }) };
}

async function askSources(): Promise<Sources | undefined> {
  const fromFiles = vscode.l10n.t('From files…');
  const fromClipboard = vscode.l10n.t('From the clipboard');
  const choice = await vscode.window.showQuickPick(
    [
      { label: fromFiles, description: vscode.l10n.t('the Chinese original, then its English translation if there is one') },
      { label: fromClipboard, description: vscode.l10n.t('the Chinese text, or Chinese and English together') },
    ],
    { title: vscode.l10n.t('Add Document') },
  );
  if (!choice) {
    return undefined;
  }
  if (choice.label === fromClipboard) {
    const text = await vscode.env.clipboard.readText();
    return text.trim() === '' ? undefined : { chinese: fromText(text, 'chinese') };
  }
  const filters = { [vscode.l10n.t('Text and Markdown')]: ['md', 'markdown', 'txt'] };
  const [chinese] = (await vscode.window.showOpenDialog({ title: vscode.l10n.t('The Chinese original'), canSelectMany: false, filters })) ?? [];
  if (!chinese) {
    return undefined;
  }
  const [english] = (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Its English translation (cancel if there is none)'), canSelectMany: false, filters })) ?? [];
  return { chinese: await sourceFromUri(chinese), ...(english && { english: await sourceFromUri(english) }) };
}
