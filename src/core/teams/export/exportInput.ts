import { Anchor, reanchor } from '../../annotations/model/anchor';
import { Annotation, Codebook } from '../../annotations/model/annotation';
import { Library } from '../../library';

/** What every export is made from: the team's annotations, all coders', and the codebook. */
export interface ExportInput {
  readonly library: Library;
  readonly codebook: Codebook;
  /** In document order (AnnotationStore.annotations()). */
  readonly annotations: readonly Annotation[];
}

/** Where a span is in its provision's current text; undefined for whole provisions and unknown provisions. */
export function currentAnchor(library: Library, annotation: Annotation): Anchor | undefined {
  const provision = library.provision(annotation.document, annotation.provision);
  return annotation.span && provision && reanchor(annotation.span, provision.text[annotation.span.language]);
}

/** Whether the position of an anchor still marks the quoted words exactly. */
export function isExact(anchor: Anchor): boolean {
  return anchor.status === 'anchored' || anchor.status === 'moved';
}
