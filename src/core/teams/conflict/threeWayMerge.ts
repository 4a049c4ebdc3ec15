import { LoadedSidecar, SIDECAR_FORMAT } from '../../annotations/files/sidecarFile';
import { hasErrors, refusalReason, serialise } from '../../yaml';
import { Annotation, Sidecar, compareAnnotations } from '../../annotations/model/annotation';
import { derivedAnnotationId } from '../../annotations/model/ids';
import { Library } from '../../library';
import { sameData } from '../../lib/plain';
import { loadLooseSidecar } from '../review/looseSidecar';
import { CONFLICT_TAG } from './conflictMerge';
import { mergedPrevious } from './mergedPrevious';

export interface ThreeWayMerge {
  /** The merged file: valid, and the same bytes for the same three inputs. */
  readonly text: string;
  /** Annotations both sides changed differently (or one changed and the other deleted): kept in every version, tagged CONFLICT_TAG. */
  readonly conflicts: readonly { readonly id: string; readonly copy?: string }[];
}

type Side = ReadonlyMap<string, Annotation>;

/**
 * Merges two versions of one sidecar with their common ancestor by annotation id, as git's
 * merge driver: what one side changed and the other did not is taken; a deletion stays deleted;
 * additions of both sides are kept; an annotation both sides changed differently is kept twice,
 * ours with its id and theirs with a new one derived from it (so the result is deterministic),
 * both tagged CONFLICT_TAG for review; an annotation one side changed and the other deleted is
 * kept, tagged. Ours gives the file its layout; the comments of both sides are kept with the
 * parts each side's text is taken for (see mergedPrevious). `base` is empty when the sides have
 * no common version (both added the file).
 */
export function mergeThreeWay(base: Uint8Array, ours: Uint8Array, theirs: Uint8Array, library: Library): ThreeWayMerge | { readonly error: string } {
  const o = readVersion(base, library, true);
  const a = readVersion(ours, library);
  const b = readVersion(theirs, library);
  for (const [name, version] of [['common ancestor', o], ['ours', a], ['theirs', b]] as const) {
    if ('error' in version) {
      return { error: `the ${name} version is not a valid notes file, so it cannot be merged by id: ${version.error}` };
    }
  }
  const head = 'loaded' in a ? a.loaded?.content : undefined;
  const other = 'loaded' in b ? b.loaded?.content : undefined;
  if ('error' in o || !head || !other) {
    return { error: 'the versions could not be read' };
  }
  if (head.document !== other.document) {
    return { error: `the two sides annotate different documents ("${head.document}" and "${other.document}")` };
  }
  // A coder renamed on one side only is renamed.
  const author = head.author === o.loaded?.content?.author ? other.author : head.author;
  const merged = new Map<string, Annotation>();
  const conflicts: { id: string; copy?: string }[] = [];
  const versions = [o.annotations, sideOf(head), sideOf(other)];
  const taken = (id: string) => merged.has(id) || versions.some((version) => version.has(id));
  const ids = [...new Set(versions.flatMap((version) => [...version.keys()]))].sort();
  for (const id of ids) {
    const [was, mine, yours] = versions.map((version) => version.get(id));
    const same = (x: Annotation | undefined, y: Annotation | undefined) => (x === undefined ? y === undefined : y !== undefined && sameData(x, y));
    if (same(mine, yours) || same(was, yours)) {
      // Both did the same, or only ours changed it (a deletion included).
      if (mine) {
        merged.set(id, mine);
      }
    } else if (same(was, mine)) {
      if (yours) {
        merged.set(id, yours);
      }
    } else if (mine && yours) {
      const copy = derivedAnnotationId(JSON.stringify(yours), taken);
      merged.set(id, flagged(mine));
      merged.set(copy, flagged({ ...yours, id: copy }));
      conflicts.push({ id, copy });
    } else {
      // One side changed what the other deleted: the change is kept, for a person to decide.
      merged.set(id, flagged((mine ?? yours) as Annotation));
      conflicts.push({ id });
    }
  }
  const sidecar: Sidecar = { document: head.document, author, annotations: [...merged.values()].map((annotation) => ({ ...annotation, author })) };
  // The order the file lists them in.
  const order = [...sidecar.annotations].sort(compareAnnotations).map((annotation) => annotation.id);
  const mine = 'loaded' in a ? a.loaded : undefined;
  const yours = 'loaded' in b ? b.loaded : undefined;
  const previous = mine && yours ? mergedPrevious(o.loaded, mine, yours, merged, order, library) : mine;
  const text = serialise(SIDECAR_FORMAT, sidecar, previous);
  const check = loadLooseSidecar(new TextEncoder().encode(text), library);
  if (hasErrors(check.problems)) {
    return { error: `the merged file would not be valid: ${refusalReason(check.problems)}` };
  }
  return { text, conflicts };
}

interface Version {
  /** Absent for an empty common ancestor. */
  readonly loaded?: LoadedSidecar;
  readonly annotations: Side;
}

function readVersion(bytes: Uint8Array, library: Library, mayBeEmpty = false): Version | { readonly error: string } {
  if (mayBeEmpty && new TextDecoder().decode(bytes).trim() === '') {
    return { annotations: new Map() };
  }
  const loaded = loadLooseSidecar(bytes, library);
  if (!loaded.content || hasErrors(loaded.problems)) {
    return { error: refusalReason(loaded.problems) };
  }
  return { loaded, annotations: sideOf(loaded.content) };
}

function sideOf(sidecar: Sidecar): Side {
  return new Map(sidecar.annotations.map((annotation) => [annotation.id, annotation]));
}

function flagged(annotation: Annotation): Annotation {
  return annotation.tags.includes(CONFLICT_TAG) ? annotation : { ...annotation, tags: [...annotation.tags, CONFLICT_TAG] };
}
