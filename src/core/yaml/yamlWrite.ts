import { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isNode, isScalar, isSeq } from 'yaml';
import { frozenInTests } from '../lib/frozenInTests';

/** Data as the file formats define it; object keys are written in their insertion order. */
export type Plain = string | number | boolean | readonly Plain[] | PlainObject;
export interface PlainObject {
  readonly [key: string]: Plain | undefined;
}

/** No folding (long quotes and notes stay on one line each, which keeps diffs small), `[a, b]` lists. */
const FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** What writeYaml made: the text, and the document it is the text of (which the next save edits). */
export interface WrittenYaml {
  readonly text: string;
  readonly doc: Document;
}

/**
 * The text of `value` as YAML. Given the file it replaces, edits that file's document, touching
 * only what differs, so that comments, blank lines and the style of unchanged values survive;
 * otherwise starts a new document under `header` (comment lines).
 *
 * The layout follows from the value alone: keys in insertion order, lists of objects with an
 * `id` as block lists matched by id (one block per item, a blank line between items), other
 * lists as flow lists, multi-line strings as block literals. So writing the value read from a
 * file this function wrote gives the same bytes.
 *
 * Nodes are never changed in place: a changed node is a copy, and the unchanged ones are shared
 * with the previous document. So a refused or failed save leaves the loaded document as it was.
 * Large files are rendered a stretch at a time (see spliceList), not through this as a whole.
 */
export function writeYaml(value: PlainObject, previous: { readonly text: string; readonly doc: Document } | undefined, header: readonly string[]): WrittenYaml {
  const doc = previous ? shallowCopy(previous.doc) : new Document();
  if (!previous) {
    doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  }
  doc.contents = sync(doc.contents, value);
  const text = doc.toString(hasNoDirectives(doc) ? { ...FORMAT, directives: false } : FORMAT);
  // Keep a checkout's line endings (git's autocrlf) rather than rewrite every line.
  return { text: previous?.text.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text, doc };
}

/**
 * Whether the document would be written without a directive or `---` line. Then the library can be
 * told so: otherwise it looks through every node of the document for tags, on each save.
 */
function hasNoDirectives(doc: Document): boolean {
  const directives = doc.directives;
  return (
    !directives ||
    (!directives.yaml.explicit &&
      !directives.docStart &&
      Object.entries(directives.tags).every(([handle, prefix]) => handle === '!!' && prefix === 'tag:yaml.org,2002:'))
  );
}

/**
 * Lists and objects of plain data, with the node last found or made to say each. Neither is ever
 * changed, so when the node to sync is that node, it still says it: an unchanged annotation of a
 * large file is matched by one lookup instead of a walk over its fields.
 */
const said = new WeakMap<object, Node>();

/** Returns `node` itself when it already says `value`, otherwise a new node or a changed copy. */
function sync(node: unknown, value: Plain): Node {
  if (typeof value !== 'object') {
    return syncScalar(node, value);
  }
  if (node !== undefined && said.get(value) === node) {
    return node as Node;
  }
  const synced = isList(value) ? (isKeyedList(value) ? syncKeyedList(node, value) : syncFlowList(node, value)) : syncMap(node, value);
  said.set(frozenInTests(value), synced);
  return synced;
}

function syncScalar(node: unknown, value: string | number | boolean): Node {
  if (isScalar(node) && node.value === value) {
    return node;
  }
  // A new node rather than a new value: an old style (quotes, hex, a tag) must not leak into new content.
  const scalar = new Scalar(value);
  if (typeof value === 'string' && value.includes('\n')) {
    scalar.type = Scalar.BLOCK_LITERAL;
  }
  return keepComments(node, scalar);
}

function syncFlowList(node: unknown, values: readonly Plain[]): Node {
  if (isSeq(node) && node.items.length === values.length && node.items.every((item, index) => isScalar(item) && item.value === values[index])) {
    return node;
  }
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items = values.map((item) => sync(undefined, item));
  return keepComments(node, seq);
}

/** The items of keyed lists by id, kept for lists this module made (like everything else, they never change). */
const itemsById = new WeakMap<YAMLSeq, ReadonlyMap<string, Node>>();

function syncKeyedList(node: unknown, items: readonly KeyedObject[]): Node {
  const base = isSeq(node) ? node : keepComments(node, new YAMLSeq());
  let byId = itemsById.get(base) ?? idsOf(base);
  // YAML hangs a comment between `key:` and the first item on the list; it is about that item,
  // so it must stay with the item when another is inserted before it.
  let commentBefore = base.commentBefore;
  const first = base.items[0];
  if (commentBefore && isNode(first)) {
    const moved = shallowCopy(first);
    moved.commentBefore = first.commentBefore ? `${commentBefore}\n${first.commentBefore}` : commentBefore;
    const firstId = isMap(first) ? first.get('id') : undefined;
    if (typeof firstId === 'string' && byId.get(firstId) === first) {
      byId = new Map(byId).set(firstId, moved);
    }
    commentBefore = undefined;
  }
  const synced = items.map((item, index) => {
    const itemNode = sync(byId.get(item.id), item);
    if (Boolean(itemNode.spaceBefore) === index > 0) {
      return itemNode;
    }
    // The blank line before an item belongs to the list, not to what the item says.
    const spaced = withSpaceBefore(itemNode, index > 0);
    said.set(item, spaced);
    return spaced;
  });
  if (base === node && !base.flow && commentBefore === base.commentBefore && sameItems(synced, base.items)) {
    return base;
  }
  const seq = base === node ? shallowCopy(base) : base;
  seq.flow = false;
  seq.commentBefore = commentBefore;
  seq.items = synced;
  itemsById.set(seq, new Map(items.map((item, index) => [item.id, synced[index]])));
  return seq;
}

/** The map items of a list that have a string id, by id (the last of a repeated id). */
function idsOf(seq: YAMLSeq): ReadonlyMap<string, Node> {
  const byId = new Map<string, Node>();
  for (const item of seq.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (isMap(item) && typeof id === 'string') {
      byId.set(id, item);
    }
  }
  return byId;
}

function syncMap(node: unknown, value: PlainObject): Node {
  const entries = Object.entries(value).filter((entry): entry is [string, Plain] => entry[1] !== undefined);
  if (isMap(node) && node.items.length === entries.length && entries.every(([key], index) => keyOf(node.items[index]) === key)) {
    // The common case, without building anything when nothing changed: the keys are there, in order.
    return withItems(
      node,
      node.items.map((pair, index) => {
        const synced = sync(pair.value, entries[index][1]);
        return synced === pair.value ? pair : new Pair(pair.key, synced);
      }),
    );
  }
  const base = isMap(node) ? node : keepComments(node, new YAMLMap());
  const wanted = new Set(entries.map(([key]) => key));
  const items = base.items.filter((pair) => wanted.has(keyOf(pair) ?? ''));
  // New keys go after the key that precedes them in `value`, so the order stays fixed.
  let position = 0;
  for (const [key, member] of entries) {
    const index = items.findIndex((pair) => keyOf(pair) === key);
    if (index >= 0) {
      const synced = sync(items[index].value, member);
      if (synced !== items[index].value) {
        items[index] = new Pair(items[index].key, synced);
      }
      position = index + 1;
    } else {
      items.splice(position, 0, new Pair(new Scalar(key), sync(undefined, member)));
      position++;
    }
  }
  if (base !== node) {
    base.items = items;
    return base;
  }
  return withItems(base, items);
}

/** The map itself when its items are these, otherwise a copy with them. */
function withItems(map: YAMLMap, items: YAMLMap['items']): YAMLMap {
  if (sameItems(items, map.items)) {
    return map;
  }
  const copy = shallowCopy(map);
  copy.items = items;
  return copy;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * A copy of a node, document or pair that shares its children, as the library's own clone()
 * starts (which then copies the children too).
 */
function shallowCopy<T extends object>(original: T): T {
  return Object.create(Object.getPrototypeOf(original) as object, Object.getOwnPropertyDescriptors(original)) as T;
}

function withSpaceBefore(node: Node, spaceBefore: boolean): Node {
  const copy = shallowCopy(node);
  copy.spaceBefore = spaceBefore;
  return copy;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** A value that replaces a node keeps the comments and blank line that were around the node. */
function keepComments<T extends Node>(old: unknown, replacement: T): T {
  if (isNode(old)) {
    replacement.commentBefore = old.commentBefore;
    replacement.comment = old.comment;
    replacement.spaceBefore = old.spaceBefore;
  }
  return replacement;
}

interface KeyedObject extends PlainObject {
  readonly id: string;
}

function isList(value: Plain): value is readonly Plain[] {
  return Array.isArray(value);
}

function isKeyedList(values: readonly Plain[]): values is readonly KeyedObject[] {
  return values.length > 0 && values.every((item) => typeof item === 'object' && !isList(item) && typeof item.id === 'string');
}
