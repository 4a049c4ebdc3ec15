import { CarryItem, Landing } from '../../core/versions/carryPlan';
import { carryNotes, planCarryInStore } from '../../core/versions/carryNotes';
import { readCarried } from '../../core/versions/carriedRecord';
import { Command } from '../command';
import { DEFAULT_NOTES_FOLDER, openNotes } from './notesFolder';
import { versionsFor } from './versions';

const LANDINGS: Record<Landing, string> = {
  exact: 'on the same words',
  fuzzy: 'on the words as revised',
  whole: 'on the whole provision',
  orphaned: 'ORPHANED, keeps its old quote',
};

function line(item: CarryItem): string {
  const quote = item.from.span ? ` “${item.from.span.exact.length > 40 ? `${item.from.span.exact.slice(0, 39)}…` : item.from.span.exact}”` : '';
  const why = item.reason === 'provision-removed' ? ` (provision ${item.from.provision} was removed)` : '';
  return `${item.done ? 'done ' : ''}${item.from.provision} → ${item.to.provision}  ${item.to.author}${quote}: ${LANDINGS[item.landing]}${why}  [${item.from.id} → ${item.to.id}]`;
}

export const carryCommand: Command = {
  name: 'carry',
  summary: `copies every coder's notes on one version of a document to the next (default folder ${DEFAULT_NOTES_FOLDER})`,
  details:
    'Each annotation on <old-id> is copied, never moved, into its coder\'s file for <new-id>, onto the provision its own became ' +
    '(see compare), its words found again in the new text. Words that are gone, and notes on removed provisions, are kept with their ' +
    'old quote and listed as ORPHANED for review. Copies already made are "done" and not made again, even when their coder has deleted them ' +
    '(carried.yaml in the notes folder remembers them; commit it); files with errors are not written. ' +
    '--dry-run prints the plan and writes nothing.',
  operands: [{ name: 'old-id' }, { name: 'new-id' }, { name: 'folder', optional: true }],
  options: ['dry-run'],
  async run({ operands: [oldId, newId, folder], options }, context) {
    const library = await context.library();
    const [before, after] = versionsFor(library, oldId, newId);
    const notes = await openNotes(folder, library, context);
    const plan = planCarryInStore(notes.store, before, after, await readCarried(notes.fs, notes.folder));
    const dryRun = options.has('dry-run');
    const outcome = dryRun ? undefined : await carryNotes(notes.store, plan, { fs: notes.fs, notesFolder: notes.folder });
    const orphans = plan.items.filter((item) => item.landing === 'orphaned').length;
    const pending = plan.items.filter((item) => !item.done).length;
    const summary = dryRun
      ? `${plan.items.length} notes on ${before.id}: ${pending} would be carried to ${after.id} (${orphans} orphaned); nothing written (--dry-run).`
      : `${outcome?.added.length ?? 0} notes carried from ${before.id} to ${after.id} (${orphans} orphaned), ${plan.items.length - pending} carried before; ` +
        `wrote ${outcome?.written.length ? outcome.written.join(', ') : 'nothing'}.`;
    return {
      json: {
        old: before.id,
        new: after.id,
        dryRun,
        items: plan.items.map((item) => ({
          from: { id: item.from.id, provision: item.from.provision, author: item.from.author, quote: item.from.span?.exact ?? null },
          to: { id: item.to.id, provision: item.to.provision, quote: item.to.span?.exact ?? null },
          landing: item.landing,
          reason: item.reason ?? null,
          done: item.done,
        })),
        written: outcome?.written ?? [],
        failures: outcome?.failures ?? [],
      },
      text: () => [...plan.items.map(line), summary, ...(outcome?.failures ?? []).map((failure) => `not written: ${failure}`)].join('\n'),
      exitCode: outcome && outcome.failures.length > 0 ? 1 : 0,
    };
  },
};
