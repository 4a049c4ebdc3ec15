import { compareAnnotations } from '../../annotations/model/annotation';
import { hasErrors } from '../../yaml';
import { Library } from '../../library';
import { annotationLine } from './annotationLine';
import { loadLooseSidecar } from './looseSidecar';

/**
 * A sidecar as stable, readable text for git's textconv: a heading line, then one line per
 * annotation in document order with its whole quote and note, then its id:
 * ```
 * Li Wei on mobile-internet-opinions-2017
 *  ¶15 [privacy] en "personal information" — Why this matters  (k3m9q2xz)
 * ```
 * so that `git diff` and `git log -p` show `+ ¶15 [privacy] …`. The one-space indent is what
 * puts the space after git's + and -. A file that cannot be read is returned as it is, so that a
 * half-merged file still diffs line by line.
 */
export function sidecarText(bytes: Uint8Array, library: Library): string {
  const loaded = loadLooseSidecar(bytes, library);
  const sidecar = loaded.content;
  if (!sidecar || hasErrors(loaded.problems)) {
    return new TextDecoder().decode(bytes);
  }
  const lines = [...sidecar.annotations].sort(compareAnnotations).map((annotation) => ` ${annotationLine(annotation)}  (${annotation.id})`);
  return [`${sidecar.author} on ${sidecar.document}`, ...lines].join('\n') + '\n';
}
