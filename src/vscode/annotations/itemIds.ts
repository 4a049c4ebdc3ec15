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

const TAG_NODE_PREFIX = 'tag:';

/** A tag of the Tags view, as a command run from its context menu takes it: known by its id. */
export const tagNodeItem = treeNode<TagNode>(['tag'], 'id');

/** The id of the tag a Tags view node shows (its own id is `tag:<tag id>`). */
export function tagIdOfNode(node: TagNode): string {
  return node.id.slice(TAG_NODE_PREFIX.length);
}

/** An annotation node (under a provision, under a tag), as a command run from its context menu takes it. */
export const annotationItem = treeNode<AnnotationItem>(['contributed', 'annotation'], 'annotationId');
