import * as vscode from 'vscode';
import { AnnotationStore } from '../../core/annotations/store/store';
import { CarryItem, CarryPlan, Landing } from '../../core/versions/carryPlan';
import { CarryRecord, carryNotes, planCarryInStore } from '../../core/versions/carryNotes';
import { readCarried } from '../../core/versions/carriedRecord';
import { notesFolderSetting } from '../annotations/settings';
import { NotesAccess } from '../annotations';
import { Call, runCommand } from '../commands/declaration';
import { READING_COMMANDS } from '../reading/commands';
import { Refused, isRefused, refused } from '../commands/result';
import { Services } from '../services';
import { documentName } from '../documents/documentName';
import { VersionPick, activeRevision, pickVersions } from './pickVersions';
import { ShownComparison } from './shownComparison';

/** What the command returns: the plan, and what was written (nothing on a dry run). */
export interface CarryResult {
  readonly ok: true;
  readonly old: string;
  readonly new: string;
  readonly items: readonly {
    readonly from: string;
    readonly to: string;
    readonly author: string;
    readonly provisions: readonly [number, number];
    readonly landing: Landing;
    readonly reason?: string;
    readonly done: boolean;
  }[];
  /** Ids of the copies written. */
  readonly added: readonly string[];
  readonly written: readonly string[];
  readonly failures: readonly string[];
}

function landingText(item: CarryItem): string {
  switch (item.landing) {
    case 'exact':
      return vscode.l10n.t('on the same words');
    case 'fuzzy':
      return vscode.l10n.t('on the words as revised');
    case 'whole':
      return vscode.l10n.t('on the whole provision');
    case 'orphaned':
      return item.reason === 'provision-removed' ? vscode.l10n.t('orphaned: the provision was removed') : vscode.l10n.t('orphaned: the words are gone');
  }
}

function result(plan: CarryPlan, added: readonly string[] = [], written: readonly string[] = [], failures: readonly string[] = []): CarryResult {
  return {
    ok: true,
    old: plan.from,
    new: plan.to,
    items: plan.items.map((item) => ({
      from: item.from.id,
      to: item.to.id,
      author: item.to.author,
      provisions: [item.from.provision, item.to.provision],
      landing: item.landing,
      ...(item.reason && { reason: item.reason }),
      done: item.done,
    })),
    added,
    written,
    failures,
  };
}

/**
 * `policyAnnotator.carryNotes` `{ old, new, dryRun? }`: copies every coder's notes on the old
 * version to the new one (see `planCarry`). From the palette it previews the plan as a list of
 * what goes where, every note checked, and writes those still checked; with an argument object
 * it writes everything (or, with `dryRun: true`, nothing) and returns the plan.
 */
export function carryNotesCommand(services: Services, notes: NotesAccess, shown: ShownComparison): (call: Call<{ old: string; new: string; dryRun: boolean | undefined }, never>) => Promise<CarryResult | Refused | undefined> {
  const title = vscode.l10n.t('Carry Notes to New Version');
  const preset = async (): Promise<VersionPick | undefined> => (shown.current && { from: shown.current.from, to: shown.current.to }) ?? activeRevision(services);
  return notes.writeCommand({
    withArgs: async (store, args) => {
      const picked = await pickVersions(services, args, title);
      if (!picked || isRefused(picked)) {
        return picked ?? refused(vscode.l10n.t('Name the two versions: {0}', '{ "old": "<id>", "new": "<id>" }'));
      }
      const { plan, record } = await planned(notes, store, picked);
      return args.dryRun === true ? result(plan) : carry(store, plan, record);
    },
    withUi: async (store) => {
      const picked = await pickVersions(services, undefined, title, await preset());
      if (!picked || isRefused(picked)) {
        return picked;
      }
      const { plan, record } = await planned(notes, store, picked);
      const pending = plan.items.filter((item) => !item.done);
      if (pending.length === 0) {
        void vscode.window.showInformationMessage(
          plan.items.length === 0
            ? vscode.l10n.t('There are no notes on {0} to carry.', documentName(picked.from, 'zh'))
            : vscode.l10n.t('Every note on {0} has been carried to {1} already.', documentName(picked.from, 'zh'), documentName(picked.to, 'zh')),
        );
        return result(plan);
      }
      const chosen = await preview(plan, pending, title);
      if (!chosen) {
        return undefined;
      }
      const outcome = await carry(store, { ...plan, items: chosen }, record);
      void announce(picked, outcome);
      return outcome;
    },
  });
}

/** The plan as a list, every note checked: the coder unchecks what should stay behind. */
async function preview(plan: CarryPlan, pending: readonly CarryItem[], title: string): Promise<CarryItem[] | undefined> {
  const orphans = pending.filter((item) => item.landing === 'orphaned').length;
  const items = pending.map((item) => ({
    label: `${item.from.provision} → ${item.to.provision}`,
    description: [item.from.span ? `“${item.from.span.exact.slice(0, 40)}”` : vscode.l10n.t('whole provision'), item.to.author].join(' · '),
    detail: [landingText(item), item.from.tags.join(', '), item.from.note?.split('\n')[0]].filter(Boolean).join(' · '),
    iconPath: new vscode.ThemeIcon(item.landing === 'orphaned' ? 'warning' : item.landing === 'fuzzy' ? 'diff-modified' : 'arrow-right'),
    picked: true,
    item,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title,
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    placeHolder: vscode.l10n.t('{0} notes from {1} to {2}, {3} of them orphaned: uncheck any to leave behind, then press Enter', pending.length, plan.from, plan.to, orphans),
  });
  return picked && picked.length > 0 ? picked.map((choice) => choice.item) : undefined;
}

/**
 * The plan, on the store and on carry's record of the copies it made (kept in the notes folder of
 * the research folder, see carriedRecord.ts): a copy its coder deleted is not made again.
 */
async function planned(notes: NotesAccess, store: AnnotationStore, picked: VersionPick): Promise<{ plan: CarryPlan; record: CarryRecord | undefined }> {
  const folder = notes.service.workspaceFolder();
  const record = folder && { fs: notes.fileSystem(folder.uri), notesFolder: notesFolderSetting(folder) };
  return { plan: planCarryInStore(store, picked.from, picked.to, record && (await readCarried(record.fs, record.notesFolder))), record };
}

async function carry(store: AnnotationStore, plan: CarryPlan, record: CarryRecord | undefined): Promise<CarryResult> {
  const outcome = await carryNotes(store, plan, record);
  for (const failure of outcome.failures) {
    refused(failure);
  }
  return result(plan, outcome.added.map((annotation) => annotation.id), outcome.written, outcome.failures);
}

async function announce(picked: VersionPick, outcome: CarryResult): Promise<void> {
  const orphans = outcome.items.filter((item) => item.landing === 'orphaned' && outcome.added.includes(item.to));
  const open = vscode.l10n.t('Open {0}', documentName(picked.to, 'zh'));
  const message =
    orphans.length === 0
      ? vscode.l10n.t('Carried {0} notes to {1}.', outcome.added.length, documentName(picked.to, 'zh'))
      : vscode.l10n.t('Carried {0} notes to {1}; {2} are orphaned and kept with their old words for review, under their provisions.', outcome.added.length, documentName(picked.to, 'zh'), orphans.length);
  if ((await vscode.window.showInformationMessage(message, open)) === open) {
    const provision = (orphans[0] ?? outcome.items[0])?.provisions[1];
    await runCommand(READING_COMMANDS.openSideBySide, { document: picked.to.id, ...(provision !== undefined && { provision }) });
  }
}
