import { LoadedSidecar, loadSidecar } from '../../annotations/files/sidecarFile';
import { readYaml } from '../../yaml';
import { Library } from '../../library';

/**
 * Reads a sidecar that may not sit in its folder (a file git hands to a textconv filter, a file
 * from an old revision, a side of a conflict): the document it annotates is the one it names.
 * Everything else is checked by the annotation core's loader; tags are checked against `tagIds`
 * (unknown ones are only warnings, which callers that compare revisions ignore).
 */
export function loadLooseSidecar(bytes: Uint8Array, library: Library, tagIds: ReadonlySet<string> = new Set()): LoadedSidecar {
  const value = readYaml(bytes).source?.value;
  const named = typeof value === 'object' && value !== null && 'document' in value && typeof value.document === 'string' ? value.document : undefined;
  // Without a name the loader reports the file's own problem (the schema's missing "document").
  return loadSidecar(bytes, { documentId: named ?? '', document: named === undefined ? undefined : library.document(named), tagIds });
}
