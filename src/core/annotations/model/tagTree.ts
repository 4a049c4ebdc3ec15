import { Codebook, Tag } from './annotation';

export interface TagInTree {
  readonly tag: Tag;
  /** 0 for top-level tags. */
  readonly depth: number;
}

/**
 * The codebook as a hierarchy, depth first, siblings in the codebook's order. A tag whose parent
 * is missing is shown at the top, as the codebook's problems already report it.
 */
export function tagTree(codebook: Codebook): TagInTree[] {
  const ids = new Set(codebook.tags.map((tag) => tag.id));
  const result: TagInTree[] = [];
  const seen = new Set<string>();
  const visit = (tag: Tag, depth: number): void => {
    // The loader refuses cycles; the guard keeps a codebook built by hand from looping.
    if (seen.has(tag.id)) {
      return;
    }
    seen.add(tag.id);
    result.push({ tag, depth });
    childTags(codebook, tag.id).forEach((child) => visit(child, depth + 1));
  };
  codebook.tags.filter((tag) => tag.parent === undefined || !ids.has(tag.parent)).forEach((tag) => visit(tag, 0));
  return result;
}

export function childTags(codebook: Codebook, parentId: string): Tag[] {
  return codebook.tags.filter((tag) => tag.parent === parentId);
}

/** The tag and every tag under it, for filters: "security" also finds what is tagged "content-control". */
export function tagWithDescendants(codebook: Codebook, id: string): Set<string> {
  const found = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const tag of codebook.tags) {
      if (tag.parent !== undefined && found.has(tag.parent) && !found.has(tag.id)) {
        found.add(tag.id);
        grew = true;
      }
    }
  }
  return found;
}
