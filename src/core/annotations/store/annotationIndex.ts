import { Annotation } from '../model/annotation';
import { Position, Problem, START_OF_FILE, error } from '../model/problem';
import { LoadedSidecar } from '../files/sidecarFile';
import { locate } from '../files/yamlLocate';
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
  return { byId, crossFileProblems };
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
