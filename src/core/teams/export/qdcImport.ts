import { Codebook, Tag } from '../../annotations/model/annotation';
import { withParent } from '../../annotations/model/edits';
import { tagGuid } from '../../lib/uuid';
import { XmlElement, XmlError, localName, parseXml } from '../../lib/xmlParse';

/** What an import did to the codebook, by tag id. */
export interface QdcImport {
  readonly codebook: Codebook;
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
}

const TAG_ID = /^[a-z][a-z0-9_-]{0,63}$/;
// Colours for codes that come without one (Tableau 10), by order of arrival.
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/**
 * Brings another tool's REFI-QDA codebook (a `.qdc` file, or the `project.qde` of a `.qdpx`) into
 * the team's codebook. A code is the tag whose GUID it has (a code this program exported) or, else,
 * whose English or Chinese label is its name; otherwise it becomes a new tag, with an id made from
 * its name. Names, descriptions and colours the file gives replace the tag's; nesting sets the
 * parent. Tags the file does not mention stay as they are, and so does each tag's Chinese label,
 * which REFI-QDA has no place for. Sets and isCodable are not used.
 */
export function importQdc(xml: string, current: Codebook): QdcImport | { readonly error: string } {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (thrown) {
    return { error: thrown instanceof XmlError ? `the file is not well-formed XML: ${thrown.message}` : String(thrown) };
  }
  const codebook = localName(root) === 'CodeBook' ? root : children(root, 'CodeBook')[0];
  const codes = codebook && children(codebook, 'Codes')[0];
  if (!codes) {
    return { error: `no <CodeBook> with <Codes> in the file (its root is <${root.name}>)` };
  }
  const tags = current.tags.map((tag) => ({ ...tag }));
  const match = new TagMatcher(tags);
  const seen = new Set<string>();
  const touched = new Set<string>();
  const taken = new Set(tags.map((tag) => tag.id));
  const suffixes = new Map<string, number>();
  const added: string[] = [];
  // Depth first in document order, without recursion: a chain of codes may be thousands deep.
  const pending: { readonly code: XmlElement; readonly parent: string | undefined }[] = children(codes, 'Code')
    .reverse()
    .map((code) => ({ code, parent: undefined }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { code, parent } = next;
    const guid = code.attributes.get('guid')?.toLowerCase();
    const name = code.attributes.get('name')?.trim();
    if (!guid || !name) {
      return { error: `the <Code> at ${code.line}:${code.column} needs a guid and a name` };
    }
    if (seen.has(guid)) {
      return { error: `the guid ${guid} is used by two codes (again at ${code.line}:${code.column})` };
    }
    seen.add(guid);
    const description = children(code, 'Description')[0]?.text.trim();
    const color = colourOf(code.attributes.get('color'));
    const index = match.find(guid, name, touched);
    let id: string;
    if (index >= 0) {
      const existing = tags[index];
      id = existing.id;
      const renamed = tagGuid(existing.id) === guid && existing.label.en !== name;
      tags[index] = withParent(
        {
          ...existing,
          ...(renamed && { label: { en: name, zh: existing.label.zh } }),
          ...(description !== undefined && { description }),
          ...(color !== undefined && { color }),
        },
        parent,
      );
    } else {
      id = newTagId(name, guid, taken, suffixes);
      taken.add(id);
      tags.push(withParent({ id, label: { en: name, zh: name }, description: description ?? '', color: color ?? PALETTE[added.length % PALETTE.length] }, parent));
      added.push(id);
    }
    touched.add(id);
    children(code, 'Code')
      .reverse()
      .forEach((child) => pending.push({ code: child, parent: id }));
  }
  const before = new Map(current.tags.map((tag) => [tag.id, JSON.stringify(tag)]));
  const isNew = new Set(added);
  const kept = tags.filter((tag) => !isNew.has(tag.id));
  return {
    codebook: { tags },
    added,
    updated: kept.filter((tag) => before.get(tag.id) !== JSON.stringify(tag)).map((tag) => tag.id),
    unchanged: kept.filter((tag) => before.get(tag.id) === JSON.stringify(tag)).map((tag) => tag.id),
  };
}

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child) === name);
}

/**
 * By GUID first, then by label; a tag already matched by another code is not matched again. The
 * codebook's tags are indexed once, by GUID and by each label, each key listing its tags in
 * codebook order; since a matched tag stays matched, a list is skipped past its matched head,
 * and every code costs one look-up however many tags share a name. Tags the import adds are
 * matched already, so the index never needs them.
 */
class TagMatcher {
  private readonly lists = new Map<string, number[]>();
  /** How far each list's head has moved past matched tags. */
  private readonly heads = new Map<string, number>();

  constructor(private readonly tags: readonly Tag[]) {
    tags.forEach((tag, index) => {
      // One entry per tag, even when both of its labels give the same key.
      new Set([`guid:${tagGuid(tag.id)}`, `en:${tag.label.en.toLowerCase()}`, `zh:${tag.label.zh}`]).forEach((key) => {
        const list = this.lists.get(key);
        if (list) {
          list.push(index);
        } else {
          this.lists.set(key, [index]);
        }
      });
    });
  }

  /** The tag with the GUID, else the first with the name as a label, that `taken` does not hold; −1 for none. */
  find(guid: string, name: string, taken: ReadonlySet<string>): number {
    const byGuid = this.firstFree(`guid:${guid}`, taken);
    if (byGuid !== undefined) {
      return byGuid;
    }
    const byLabel = [this.firstFree(`en:${name.toLowerCase()}`, taken), this.firstFree(`zh:${name}`, taken)].filter((index) => index !== undefined);
    return byLabel.length === 0 ? -1 : Math.min(...byLabel);
  }

  private firstFree(key: string, taken: ReadonlySet<string>): number | undefined {
    const list = this.lists.get(key);
    if (!list) {
      return undefined;
    }
    let head = this.heads.get(key) ?? 0;
    while (head < list.length && taken.has(this.tags[list[head]].id)) {
      head++;
    }
    this.heads.set(key, head);
    return list[head];
  }
}

/** `#RRGGBB` or `#RGB` as the codebook writes colours, `#rrggbb`; anything else is ignored. */
function colourOf(value: string | undefined): string | undefined {
  const hex = value?.trim().match(/^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/)?.[1];
  if (hex === undefined) {
    return undefined;
  }
  return `#${(hex.length === 3 ? Array.from(hex, (digit) => digit + digit).join('') : hex).toLowerCase()}`;
}

/**
 * An id from the name ("Data security" → `data-security`); a name with no Latin letters
 * ("数据安全") gets `code-` and the start of its GUID, which is stable across imports.
 */
function newTagId(name: string, guid: string, taken: ReadonlySet<string>, suffixes: Map<string, number>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  const base = TAG_ID.test(slug) ? slug : `code-${guid.replace(/[^0-9a-f]/g, '').slice(0, 8)}`;
  // Suffixes go on from the last one given for the base: many codes with one name stay linear.
  let suffix = suffixes.get(base) ?? 1;
  let id = base;
  while (taken.has(id)) {
    suffix++;
    id = `${base}-${suffix}`;
  }
  suffixes.set(base, suffix);
  return id;
}
