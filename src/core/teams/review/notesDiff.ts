import { Sidecar } from '../../annotations/model/annotation';
import { sameBytes } from '../../storage';
import { hasErrors, refusalReason } from '../../yaml';
import { Library } from '../../library';
import { AnnotationChange, diffSidecars } from './annotationDiff';
import { loadLooseSidecar } from './looseSidecar';

/** How one coder's sidecar differs between two versions of the notes. */
export interface SidecarDiff {
  readonly path: string;
  /** The coder, as the newer (else the older) version names them. */
  readonly author?: string;
  readonly status: 'added' | 'deleted' | 'modified';
  readonly changes: readonly AnnotationChange[];
  /** A version that could not be read (conflict markers, broken YAML): nothing is compared, the reason is given. */
  readonly unreadable?: string;
}

/** The bytes of one sidecar path in the older and the newer version; undefined where it does not exist. */
export interface SidecarVersions {
  readonly path: string;
  readonly before: Uint8Array | undefined;
  readonly after: Uint8Array | undefined;
}

/** The sidecars that differ, by path; identical bytes are skipped without parsing. */
export function diffNotes(versions: readonly SidecarVersions[], library: Library): SidecarDiff[] {
  return [...versions]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .filter((version) => !sameBytes(version.before, version.after))
    .map((version) => diffVersions(version, library));
}

function diffVersions({ path, before, after }: SidecarVersions, library: Library): SidecarDiff {
  const status = before === undefined ? 'added' : after === undefined ? 'deleted' : 'modified';
  const old = before && read(before, library);
  const current = after && read(after, library);
  const unreadable = [old, current].find((version): version is { readonly reason: string } => version !== undefined && 'reason' in version);
  const oldSidecar = old && 'sidecar' in old ? old.sidecar : undefined;
  const newSidecar = current && 'sidecar' in current ? current.sidecar : undefined;
  const author = newSidecar?.author ?? oldSidecar?.author;
  return {
    path,
    ...(author !== undefined && { author }),
    status,
    changes: unreadable ? [] : diffSidecars(oldSidecar, newSidecar),
    ...(unreadable && { unreadable: unreadable.reason }),
  };
}

function read(bytes: Uint8Array, library: Library): { readonly sidecar: Sidecar } | { readonly reason: string } {
  const loaded = loadLooseSidecar(bytes, library);
  // A file with errors may have lost annotations to them; comparing it would report them as removed.
  return loaded.content && !hasErrors(loaded.problems)
    ? { sidecar: loaded.content }
    : { reason: refusalReason(loaded.problems) };
}
