import { Annotation, Sidecar, SpanTarget, makeAnnotation } from './annotation';
import { putAnnotation } from './edits';

/** A passage to code: a whole provision, or a span of its text (already anchored). */
export interface CodingTarget {
  readonly provision: number;
  readonly span?: SpanTarget;
}

/** What coding passages did, annotation by annotation, in the order of the targets. */
export interface CodingResult {
  /** New annotations. */
  readonly added: readonly Annotation[];
  /** Annotations of the coder on the same passage that lacked some of the tags. */
  readonly tagged: readonly Annotation[];
  /** Passages the coder had already coded with every tag. */
  readonly unchanged: readonly Annotation[];
}

/**
 * Gives each passage the tags in one coder's sidecar: the coder's annotation on exactly that passage
 * (the whole provision; or the same words at the same place, in the same language) gets the tags it
 * lacks, else a new annotation is made. Coding the same passages again changes nothing, so that
 * auto-coding can be run again after the query or the text changed.
 */
export function codePassages(
  sidecar: Sidecar,
  targets: readonly CodingTarget[],
  tags: readonly string[],
  context: { readonly time: string; readonly freshId: (current: Sidecar) => string },
): { readonly next: Sidecar; readonly value: CodingResult } {
  let next = sidecar;
  const added: Annotation[] = [];
  const tagged: Annotation[] = [];
  const unchanged: Annotation[] = [];
  for (const target of targets) {
    const existing = next.annotations.find((annotation) => samePassage(annotation, target));
    if (!existing) {
      const annotation = makeAnnotation({
        id: context.freshId(next),
        document: sidecar.document,
        provision: target.provision,
        span: target.span,
        tags: [...new Set(tags)],
        author: sidecar.author,
        created: context.time,
        updated: context.time,
      });
      next = putAnnotation(next, annotation);
      added.push(annotation);
      continue;
    }
    const missing = tags.filter((tag) => !existing.tags.includes(tag));
    if (missing.length === 0) {
      unchanged.push(existing);
      continue;
    }
    const annotation = makeAnnotation({ ...existing, tags: [...existing.tags, ...new Set(missing)], updated: context.time });
    next = putAnnotation(next, annotation);
    // A passage named twice is tagged once: the second time finds it complete.
    tagged.push(annotation);
  }
  return { next, value: { added, tagged, unchanged } };
}

/** The same passage: both the whole provision, or the same words at the same offsets in the same language. */
export function samePassage(annotation: Annotation, target: { readonly provision: number; readonly span?: Pick<SpanTarget, 'language' | 'start' | 'end' | 'exact'> }): boolean {
  if (annotation.provision !== target.provision) {
    return false;
  }
  const [a, b] = [annotation.span, target.span];
  if (!a || !b) {
    return !a && !b;
  }
  return a.language === b.language && a.start === b.start && a.end === b.end && a.exact === b.exact;
}
