import { Annotation, Codebook, Sidecar, Tag } from './annotation';
import { localized } from '../../l10n/localized';
import { Refusal, refuse } from '../../storage';

/** Adds the annotation, or replaces the one with its id. */
export function putAnnotation(sidecar: Sidecar, annotation: Annotation): Sidecar {
  const others = sidecar.annotations.filter((existing) => existing.id !== annotation.id);
  return { ...sidecar, annotations: [...others, annotation] };
}

export function removeAnnotation(sidecar: Sidecar, id: string): Sidecar {
  return { ...sidecar, annotations: sidecar.annotations.filter((annotation) => annotation.id !== id) };
}

/**
 * Replaces tag `from` by `to` wherever it is used, without repeating `to`. The `updated` time
 * stays: renaming a tag is a change to the codebook, not to the coder's annotations.
 */
export function replaceTag(sidecar: Sidecar, from: string, to: string): Sidecar {
  return {
    ...sidecar,
    annotations: sidecar.annotations.map((annotation) =>
      annotation.tags.includes(from)
        ? { ...annotation, tags: [...new Set(annotation.tags.map((tag) => (tag === from ? to : tag)))] }
        : annotation,
    ),
  };
}

/** Gives tag `from` the id `to`; its children follow. */
export function renameTagIn(codebook: Codebook, from: string, to: string): Codebook | Refusal {
  if (!codebook.tags.some((tag) => tag.id === from)) {
    return refuse(localized('refusal.noTag', from));
  }
  if (codebook.tags.some((tag) => tag.id === to)) {
    return refuse(localized('refusal.tagExistsMerge', to));
  }
  return {
    tags: codebook.tags.map((tag) => withParent(tag.id === from ? { ...tag, id: to } : tag, tag.parent === from ? to : tag.parent)),
  };
}

/** Removes tag `from`, whose uses become `into`; its children move under `into`. */
export function mergeTagsIn(codebook: Codebook, from: string, into: string): Codebook | Refusal {
  const merged = codebook.tags.find((tag) => tag.id === from);
  if (!merged) {
    return refuse(localized('refusal.noTag', from));
  }
  if (!codebook.tags.some((tag) => tag.id === into) || from === into) {
    return refuse(localized('refusal.noMergeTarget', into, from));
  }
  return {
    tags: codebook.tags
      .filter((tag) => tag.id !== from)
      // `into` itself may be a child of `from`: it takes over `from`'s place in the hierarchy.
      .map((tag) => (tag.parent === from ? withParent(tag, tag.id === into ? merged.parent : into) : tag)),
  };
}

export function withParent(tag: Tag, parent: string | undefined): Tag {
  return { id: tag.id, label: tag.label, description: tag.description, color: tag.color, ...(parent !== undefined && { parent }) };
}
