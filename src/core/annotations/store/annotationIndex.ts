import { Annotation } from '../model/annotation';
import { error, locate, Position, Problem, START_OF_FILE } from '../../yaml';
import { LoadedSidecar } from '../files/sidecarFile';
import { localized } from '../../l10n/localized';

export interface Indexed {
  readonly annotation: Annotation;
  /** The sidecar that holds it. */
  readonly path: string;
}

export interface AnnotationIndex {
  readonly byId: ReadonlyMap<string, Indexed>;
  /** Errors that involve two files, by the path of the file that has to change. */
  readonly crossFileProblems: ReadonlyMap<string, readonly Problem[]>;
  /** The annotations each file had when indexed, by path. */
  readonly indexed?: ReadonlyMap<string, readonly Annotation[]>;
}

/**
 * The index after the files at `changed` were read or written: their annotations replace the ones
 * they had, without indexing every other file again (a save in a corpus of 100,000 annotations
 * touches one file). An id that is or was in two files involves other files' problems, and is rare:
 * then everything is indexed again, as indexAnnotations does.
 */
export function reindexAnnotations(
  files: ReadonlyMap<string, LoadedSidecar | undefined>,
  previous: AnnotationIndex,
  changed: readonly string[],
  isOwn: (path: string) => boolean,
): AnnotationIndex {
  const indexed = previous.indexed;
  if (!indexed || previous.crossFileProblems.size > 0) {
    return indexAnnotations(files, previous, isOwn);
  }
  const paths = [...new Set(changed)];
  // Annotations are values: those a file still holds are the very objects it held, so only the others count.
  const leaving: Indexed[] = [];
  const arriving: Indexed[] = [];
  for (const path of paths) {
    const before = indexed.get(path) ?? [];
    const after = files.get(path)?.content?.annotations ?? [];
    const kept = new Set(after);
    const had = new Set(before);
    before.forEach((annotation) => kept.has(annotation) || leaving.push({ annotation, path }));
    after.forEach((annotation) => had.has(annotation) || arriving.push({ annotation, path }));
  }
  const leavingIds = new Set(leaving.map(({ annotation }) => annotation.id));
  const arrivingIds = new Set<string>();
  for (const { annotation, path } of leaving) {
    if (previous.byId.get(annotation.id)?.path !== path) {
      return indexAnnotations(files, previous, isOwn);
    }
  }
  for (const { annotation } of arriving) {
    if ((previous.byId.has(annotation.id) && !leavingIds.has(annotation.id)) || arrivingIds.has(annotation.id)) {
      return indexAnnotations(files, previous, isOwn);
    }
    arrivingIds.add(annotation.id);
  }
  // The previous index is replaced by this one, so its maps are taken over rather than copied.
  const byId = previous.byId as Map<string, Indexed>;
  const nowIndexed = indexed as Map<string, readonly Annotation[]>;
  leaving.forEach(({ annotation }) => byId.delete(annotation.id));
  arriving.forEach((entry) => byId.set(entry.annotation.id, entry));
  paths.forEach((path) => nowIndexed.set(path, files.get(path)?.content?.annotations ?? []));
  return { byId, crossFileProblems: previous.crossFileProblems, indexed: nowIndexed };
}

/**
 * The readable annotations of all sidecars by id. An id can repeat across files (an annotation
 * copied from a teammate's file). The error is charged to the file that introduced the copy, so
 * that the file it was copied from can still be saved: the file that held the id before (in
 * `previous`, the index this one replaces) keeps it; failing that, a file of `ownCoder` (whose
 * own saves must not be blocked by a teammate's copy); failing that, the first by path.
 */
export function indexAnnotations(files: ReadonlyMap<string, LoadedSidecar | undefined>, previous?: AnnotationIndex, isOwn: (path: string) => boolean = () => false): AnnotationIndex {
  const holders = new Map<string, { readonly annotation: Annotation; readonly path: string }[]>();
  for (const path of [...files.keys()].sort()) {
    for (const annotation of files.get(path)?.content?.annotations ?? []) {
      const held = holders.get(annotation.id);
      if (held) {
        held.push({ annotation, path });
      } else {
        holders.set(annotation.id, [{ annotation, path }]);
      }
    }
  }
  const byId = new Map<string, Indexed>();
  const crossFileProblems = new Map<string, Problem[]>();
  for (const [id, held] of holders) {
    const before = previous?.byId.get(id)?.path;
    const keeper = held.find((holder) => holder.path === before) ?? held.find((holder) => isOwn(holder.path)) ?? held[0];
    byId.set(id, keeper);
    for (const { path } of held) {
      if (path !== keeper.path) {
        const problem = error(localized('problem.duplicateIdAcrossFiles', id, keeper.path), idPosition(files.get(path), id));
        crossFileProblems.set(path, [...(crossFileProblems.get(path) ?? []), problem]);
      }
    }
  }
  const indexed = new Map([...files].map(([path, loaded]) => [path, loaded?.content?.annotations ?? []]));
  return { byId, crossFileProblems, indexed };
}

function idPosition(loaded: LoadedSidecar | undefined, id: string): Position {
  const source = loaded?.source;
  if (!source) {
    return START_OF_FILE;
  }
  // The position in the file's list, which also counts items that could not be read.
  const items = (source.value as { readonly annotations: readonly unknown[] }).annotations;
  const index = items.findIndex((item) => typeof item === 'object' && item !== null && 'id' in item && item.id === id);
  return locate(source, ['annotations', index, 'id']);
}
