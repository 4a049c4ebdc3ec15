import { AnnotationStore } from '../annotations/store/store';
import { Annotation } from '../annotations/model/annotation';
import { PolicyDocument } from '../model';
import { CarryPlan, planCarry } from './carryPlan';
import { compareVersions } from './compareVersions';
import { CarriedCopies, rememberCarried } from './carriedRecord';
import { NotesFileSystem } from '../storage';

/**
 * What the plan for carrying every coder's notes from `from` to `to` is, on the store as it is now.
 * A copy made before (in `carried`, see carriedRecord.ts) is done even when its coder deleted it.
 */
export function planCarryInStore(store: AnnotationStore, from: PolicyDocument, to: PolicyDocument, carried: CarriedCopies = new Map()): CarryPlan {
  const comparison = compareVersions(from.provisions, to.provisions);
  const versions = { from: { id: from.id, provisions: from.provisions }, to: { id: to.id, provisions: to.provisions }, comparison };
  const made = carried.get(to.id);
  return planCarry(versions, store.annotationsOn(from.id), (id) => store.annotation(id) !== undefined || (made?.has(id) ?? false));
}

/** Where the record of carried copies is kept (see carriedRecord.ts): the notes folder, through the store's file system. */
export interface CarryRecord {
  readonly fs: NotesFileSystem;
  readonly notesFolder: string;
}

/** The copies of a plan that are on the new version now: those to remember (see carriedRecord.ts). */
function copiesMade(store: AnnotationStore, plan: CarryPlan): string[] {
  return plan.items.map((item) => item.to.id).filter((id) => store.annotation(id) !== undefined);
}

export interface CarryOutcome {
  /** The copies written, by coder's file. */
  readonly added: readonly Annotation[];
  readonly written: readonly string[];
  /** One line per coder's file that could not be written (it has errors, say); the others are written. */
  readonly failures: readonly string[];
}

/**
 * Writes the plan's copies that are not there yet, each into its coder's sidecar of the new
 * version. The old version's files are only read. A file with errors is not written and is
 * reported; the other coders' files are.
 */
export async function carryNotes(store: AnnotationStore, plan: CarryPlan, record?: CarryRecord): Promise<CarryOutcome> {
  const byAuthor = new Map<string, Annotation[]>();
  for (const item of plan.items.filter((candidate) => !candidate.done)) {
    byAuthor.set(item.to.author, [...(byAuthor.get(item.to.author) ?? []), item.to]);
  }
  const added: Annotation[] = [];
  const written: string[] = [];
  const failures: string[] = [];
  for (const [author, copies] of byAuthor) {
    const outcome = await store.putCopies(plan.to, author, copies);
    if (outcome.ok) {
      added.push(...outcome.value);
      written.push(...outcome.written);
    } else {
      failures.push(outcome.reason);
    }
  }
  if (record) {
    // Remembered, so that a copy its coder deletes is not made again by the next carry.
    await rememberCarried(record.fs, record.notesFolder, plan.to, copiesMade(store, plan));
  }
  return { added, written, failures };
}
