import { Document, isNode, visit } from 'yaml';

/** Whether a document has comments besides the ones above its first line of content. */
export function hasComments(doc: Document): boolean {
  let found = Boolean(doc.comment);
  visit(doc, (_key, node) => {
    if (isNode(node) && (node.commentBefore || node.comment)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}
