import { hasErrors, isWritable, Problem } from '../../yaml';
import { AnnotationIndex } from './annotationIndex';
import { TrackedNotes } from './trackedNotes';

export interface FileReport {
  readonly path: string;
  readonly kind: 'notes' | 'codebook';
  readonly problems: readonly Problem[];
  /** False while the file has errors: the store refuses to write it, so nothing a person wrote is lost. */
  readonly writable: boolean;
}

/** The existing files, codebook first and then by path, with their own and their cross-file problems. */
export function fileReports(tracked: TrackedNotes, index: AnnotationIndex): FileReport[] {
  const reports: FileReport[] = [];
  const codebook = tracked.codebook.loaded;
  if (codebook) {
    reports.push({ path: tracked.codebook.path, kind: 'codebook', problems: codebook.problems, writable: isWritable(codebook) });
  }
  for (const [path, loaded] of [...tracked.loadedSidecars()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (loaded) {
      const problems = [...loaded.problems, ...(index.crossFileProblems.get(path) ?? [])];
      reports.push({ path, kind: 'notes', problems, writable: isWritable(loaded) && !hasErrors(problems) });
    }
  }
  return reports;
}
