import { Annotation, Sidecar } from '../../annotations/model/annotation';
import { newAnnotationId } from '../../annotations/model/ids';
import { hasErrors, refusalReason, serialise } from '../../yaml';
import { LoadedSidecar, SIDECAR_FORMAT, SidecarContext, loadSidecar } from '../../annotations/files/sidecarFile';
import { splitConflict } from './conflictSides';

/**
 * The tag both versions of an annotation get when the two sides of a merge changed it
 * differently: search for it, keep the version you want, delete the other.
 */
export const CONFLICT_TAG = 'merge-conflict';

export interface ConflictResolution {
  /** The merged file, to be written in place of the conflicted one. */
  readonly text: string;
  readonly sidecar: Sidecar;
  readonly oursLabel: string;
  readonly theirsLabel: string;
  /** Annotations that only one side has, by side. */
  readonly onlyOurs: number;
  readonly onlyTheirs: number;
  /** Annotations both sides changed differently: ours kept its id, theirs got `copy`; both are tagged CONFLICT_TAG. */
  readonly conflicts: readonly { readonly id: string; readonly copy: string }[];
}

/**
 * Resolves git conflict markers in a sidecar by annotation id, so that nothing either side
 * wrote is lost: the union of both sides' annotations; an annotation both sides have in the
 * same form is kept once; one that the sides changed differently is kept twice (see
 * CONFLICT_TAG). Without the common ancestor a deletion cannot be told from an addition, so
 * an annotation one side deleted comes back: deleting it again is safe, losing work is not.
 * Ours (the side above `=======`) gives the file its comments and layout.
 *
 * `isTaken` tells which ids other files use, so that a copy's new id is unique in the folder.
 */
export function resolveConflict(text: string, context: SidecarContext, isTaken: (id: string) => boolean = () => false): ConflictResolution | { readonly error: string } {
  const sides = splitConflict(text);
  if (sides === undefined) {
    return { error: 'the file has no git conflict markers' };
  }
  if ('error' in sides) {
    return sides;
  }
  const ours = readSide(sides.ours, sides.oursLabel, context);
  const theirs = readSide(sides.theirs, sides.theirsLabel, context);
  if ('error' in ours) {
    return ours;
  }
  if ('error' in theirs) {
    return theirs;
  }
  const mine = ours.content;
  if (mine.author !== theirs.content.author) {
    return { error: `the two sides name different coders ("${mine.author}" and "${theirs.content.author}"): resolve the author by hand first` };
  }
  const all = new Set([...mine.annotations, ...theirs.content.annotations].map((annotation) => annotation.id));
  const merged = new Map(mine.annotations.map((annotation) => [annotation.id, annotation]));
  const conflicts: { id: string; copy: string }[] = [];
  let onlyTheirs = 0;
  for (const annotation of theirs.content.annotations) {
    const kept = merged.get(annotation.id);
    if (!kept) {
      merged.set(annotation.id, annotation);
      onlyTheirs++;
    } else if (JSON.stringify(kept) !== JSON.stringify(annotation)) {
      const copy = newAnnotationId((candidate) => all.has(candidate) || isTaken(candidate));
      all.add(copy);
      merged.set(kept.id, flagged(kept));
      merged.set(copy, flagged({ ...annotation, id: copy }));
      conflicts.push({ id: kept.id, copy });
    }
  }
  const theirIds = new Set(theirs.content.annotations.map((annotation) => annotation.id));
  const sidecar: Sidecar = { ...mine, annotations: [...merged.values()] };
  const mergedText = serialise(SIDECAR_FORMAT, sidecar, ours.loaded);
  const check = loadSidecar(new TextEncoder().encode(mergedText), context);
  if (hasErrors(check.problems)) {
    return { error: `the merged file would not be valid: ${refusalReason(check.problems)}` };
  }
  return {
    text: mergedText,
    sidecar,
    oursLabel: sides.oursLabel,
    theirsLabel: sides.theirsLabel,
    onlyOurs: mine.annotations.filter((annotation) => !theirIds.has(annotation.id)).length,
    onlyTheirs,
    conflicts,
  };
}

function readSide(text: string, label: string, context: SidecarContext): { readonly loaded: LoadedSidecar; readonly content: Sidecar } | { readonly error: string } {
  const loaded = loadSidecar(new TextEncoder().encode(text), context);
  if (!loaded.content || hasErrors(loaded.problems)) {
    return { error: `the "${label}" side is not a valid notes file on its own, so it cannot be merged by id: ${refusalReason(loaded.problems)}` };
  }
  return { loaded, content: loaded.content };
}

function flagged(annotation: Annotation): Annotation {
  return annotation.tags.includes(CONFLICT_TAG) ? annotation : { ...annotation, tags: [...annotation.tags, CONFLICT_TAG] };
}
