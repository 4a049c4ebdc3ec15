import { CST } from 'yaml';

/**
 * The offset of the first node in `token` (a top-level token of the yaml library's concrete syntax
 * tree) nested deeper than `limit`, if any. The library composes documents recursively, and input
 * nested thousands of levels deep can exhaust the stack in a way that aborts the whole process (in
 * V8's regular-expression compiler) instead of throwing. The library builds its concrete syntax
 * tree without recursion, and this walk over it is iterative too, so each document is checked
 * before it is composed.
 */
export function tooDeepAt(token: CST.Token, limit: number): number | undefined {
  const pending: { readonly token: CST.Token; readonly depth: number }[] = [{ token, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token: node, depth } = next;
    if (depth > limit) {
      return node.offset;
    }
    if (node.type === 'document' && node.value) {
      pending.push({ token: node.value, depth });
    } else if (CST.isCollection(node)) {
      for (const item of node.items) {
        for (const child of [item.key, item.value]) {
          if (child) {
            pending.push({ token: child, depth: depth + 1 });
          }
        }
      }
    }
  }
  return undefined;
}
