import { Tag } from '../../core/annotations/model/annotation';

/** A tag in the Tags view; context-menu commands receive it. */
export interface TagNode {
  readonly kind: 'tag';
  /** Unique in the view: `tag:<tag id>`. */
  readonly id: string;
  readonly tag: Tag;
}

/** What every annotation node (under a provision, under a tag) carries for its context-menu commands. */
export interface AnnotationItem {
  readonly kind: 'contributed' | 'annotation';
  readonly annotationId: string;
}

function isObject(item: unknown): item is Record<string, unknown> {
  return typeof item === 'object' && item !== null;
}

/** The tag id of a Tags view node a command was run on. */
export function tagIdOfItem(item: unknown): string | undefined {
  return isObject(item) && item.kind === 'tag' && isObject(item.tag) && typeof item.tag.id === 'string' ? item.tag.id : undefined;
}

/** The annotation id of a tree node a command was run on. */
export function annotationIdOfItem(item: unknown): string | undefined {
  return isObject(item) && typeof item.annotationId === 'string' ? item.annotationId : undefined;
}
