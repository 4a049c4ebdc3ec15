import { Annotation, Sidecar, compareAnnotations } from '../../annotations/model/annotation';

/** What changed in one annotation that both versions have, in the order a reader cares about. */
export interface AnnotationEdit {
  /** `{ from, to }` when the annotation moved to another provision. */
  readonly provision?: { readonly from: number; readonly to: number };
  /** The span's language or quote changed, or the annotation gained or lost a span. */
  readonly quote?: { readonly from?: string; readonly to?: string };
  readonly tagsAdded: readonly string[];
  readonly tagsRemoved: readonly string[];
  readonly note?: 'added' | 'removed' | 'changed';
}

export type AnnotationChange =
  | { readonly kind: 'added'; readonly annotation: Annotation }
  | { readonly kind: 'removed'; readonly annotation: Annotation }
  | { readonly kind: 'changed'; readonly before: Annotation; readonly annotation: Annotation; readonly edit: AnnotationEdit };

/**
 * The changes from one version of a coder's sidecar to another, matched by annotation id, in
 * document order of the newer version (removals where they were). Changes to timestamps or to
 * a span's offsets alone are none: the words did not change.
 */
export function diffSidecars(before: Sidecar | undefined, after: Sidecar | undefined): AnnotationChange[] {
  const old = new Map((before?.annotations ?? []).map((annotation) => [annotation.id, annotation]));
  const changes: AnnotationChange[] = [];
  for (const annotation of after?.annotations ?? []) {
    const previous = old.get(annotation.id);
    if (!previous) {
      changes.push({ kind: 'added', annotation });
      continue;
    }
    old.delete(annotation.id);
    const edit = editOf(previous, annotation);
    if (edit) {
      changes.push({ kind: 'changed', before: previous, annotation, edit });
    }
  }
  for (const annotation of old.values()) {
    changes.push({ kind: 'removed', annotation });
  }
  return changes.sort((a, b) => compareAnnotations(a.annotation, b.annotation));
}

function editOf(before: Annotation, after: Annotation): AnnotationEdit | undefined {
  const oldQuote = before.span && `${before.span.language}:${before.span.exact}`;
  const newQuote = after.span && `${after.span.language}:${after.span.exact}`;
  const edit: AnnotationEdit = {
    ...(before.provision !== after.provision && { provision: { from: before.provision, to: after.provision } }),
    ...(oldQuote !== newQuote && { quote: { from: before.span?.exact, to: after.span?.exact } }),
    tagsAdded: after.tags.filter((tag) => !before.tags.includes(tag)),
    tagsRemoved: before.tags.filter((tag) => !after.tags.includes(tag)),
    ...(before.note !== after.note && { note: before.note === undefined ? 'added' : after.note === undefined ? 'removed' : 'changed' }),
  };
  const changed = edit.provision || edit.quote || edit.note || edit.tagsAdded.length > 0 || edit.tagsRemoved.length > 0;
  return changed ? edit : undefined;
}
