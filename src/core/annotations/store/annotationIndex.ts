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
 * copied from a teammate's file); the file first by path keeps it, the later one gets the error.
 */
export function indexAnnotations(files: ReadonlyMap<string, LoadedSidecar | undefined>): AnnotationIndex {
  const byId = new Map<string, Indexed>();
  const crossFileProblems = new Map<string, Problem[]>();
  for (const path of [...files.keys()].sort()) {
    const loaded = files.get(path);
    for (const annotation of loaded?.content?.annotations ?? []) {
      const first = byId.get(annotation.id);
      if (!first) {
        byId.set(annotation.id, { annotation, path });
        continue;
      }
      const problem = error(localized('problem.duplicateIdAcrossFiles', annotation.id, first.path), idPosition(loaded, annotation.id));
      crossFileProblems.set(path, [...(crossFileProblems.get(path) ?? []), problem]);
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
