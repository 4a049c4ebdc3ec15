import { Codebook, Tag } from './annotation';

export interface TagInTree {
  readonly tag: Tag;
  /** 0 for top-level tags. */
  readonly depth: number;
}

/**
 * Each tag's children, in the codebook's order, under the key `undefined` the tags at the top: those
 * without a parent or whose parent is missing. A tag on a parent loop (the loader reports it) is at
 * the top too when `loopsAtTop`, as an export must not lose it; otherwise it is under its parent.
 * Built in one pass, so that every walk of the hierarchy is linear and none recurses: a codebook
 * with a 100,000-deep parent chain is still a codebook.
 */
export function tagChildren(codebook: Codebook, loopsAtTop = false): Map<string | undefined, Tag[]> {
  const ids = new Set(codebook.tags.map((tag) => tag.id));
  const looped = loopsAtTop ? tagsOnParentLoops(codebook.tags) : new Set<string>();
  const children = new Map<string | undefined, Tag[]>();
  for (const tag of codebook.tags) {
    const parent = tag.parent !== undefined && ids.has(tag.parent) && !looped.has(tag.id) ? tag.parent : undefined;
    const siblings = children.get(parent);
    if (siblings) {
      siblings.push(tag);
    } else {
      children.set(parent, [tag]);
    }
  }
  return children;
}

/**
 * The tags that are their own ancestors, in linear time: each tag's chain of parents is followed
 * only until it meets a tag already settled, and a chain that meets itself closes a loop.
 */
export function tagsOnParentLoops(tags: readonly Tag[]): Set<string> {
  const parentOf = new Map<string, string | undefined>();
  tags.forEach((tag) => parentOf.has(tag.id) || parentOf.set(tag.id, tag.parent));
  const settled = new Set<string>();
  const looped = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && parentOf.has(at) && !settled.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = parentOf.get(at);
    }
    const loopStart = at === undefined ? undefined : onPath.get(at);
    if (loopStart !== undefined) {
      path.slice(loopStart).forEach((id) => looped.add(id));
    }
    path.forEach((id) => settled.add(id));
  }
  return looped;
}

/**
 * The codebook as a hierarchy, depth first, siblings in the codebook's order. A tag whose parent
 * is missing is shown at the top, as the codebook's problems already report it; tags on a parent
 * loop, which the loader refuses, are not reached.
 */
export function tagTree(codebook: Codebook): TagInTree[] {
  const children = tagChildren(codebook);
  const result: TagInTree[] = [];
  // Ids are unique once loaded; the guard keeps a codebook built by hand with a repeated id from looping.
  const seen = new Set<string>();
  const pending: TagInTree[] = (children.get(undefined) ?? []).map((tag) => ({ tag, depth: 0 })).reverse();
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (seen.has(next.tag.id)) {
      continue;
    }
    seen.add(next.tag.id);
    result.push(next);
    const depth = next.depth + 1;
    const below = children.get(next.tag.id) ?? [];
    for (let index = below.length - 1; index >= 0; index--) {
      pending.push({ tag: below[index], depth });
    }
  }
  return result;
}

/** The tag and every tag under it, for filters: "security" also finds what is tagged "content-control". */
export function tagWithDescendants(codebook: Codebook, id: string): Set<string> {
  const children = tagChildren(codebook);
  const found = new Set([id]);
  const pending = [id];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const child of children.get(next) ?? []) {
      if (!found.has(child.id)) {
        found.add(child.id);
        pending.push(child.id);
      }
    }
  }
  return found;
}
