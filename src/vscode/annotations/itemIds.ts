import { Tag } from '../../core/annotations/model/annotation';
import { treeNode } from '../commands/items';

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

/** A tag of the Tags view, as a command run from its context menu takes it. */
export const tagNodeItem = treeNode<TagNode>(['tag'], 'tag');

/** An annotation node (under a provision, under a tag), as a command run from its context menu takes it. */
export const annotationItem = treeNode<AnnotationItem>(['contributed', 'annotation'], 'annotationId');
