import { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isNode, isScalar, isSeq } from 'yaml';
import { YamlSource } from './yamlSource';

/** Data as the file formats define it; object keys are written in their insertion order. */
export type Plain = string | number | boolean | readonly Plain[] | PlainObject;
export interface PlainObject {
  readonly [key: string]: Plain | undefined;
}

/** No folding (long quotes and notes stay on one line each, which keeps diffs small), `[a, b]` lists. */
const FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The text of `value` as YAML. Given the file it replaces, edits that file's document in place,
 * touching only what differs, so that comments, blank lines and the style of unchanged values
 * survive; otherwise starts a new document under `header` (comment lines).
 *
 * The layout follows from the value alone: keys in insertion order, lists of objects with an
 * `id` as block lists matched by id (one block per item, a blank line between items), other
 * lists as flow lists, multi-line strings as block literals. So writing the value read from a
 * file this function wrote gives the same bytes.
 */
export function writeYaml(value: PlainObject, previous: YamlSource | undefined, header: readonly string[]): string {
  // A copy, so that a refused or failed save leaves the loaded document as it was; new nodes are
  // plain ones, hence the wider type.
  const doc: Document = previous ? (previous.doc.clone() as Document) : new Document();
  if (!previous) {
    doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  }
  doc.contents = sync(doc.contents, value);
  const text = doc.toString(FORMAT);
  // Keep a checkout's line endings (git's autocrlf) rather than rewrite every line.
  return previous?.text.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text;
}

function sync(node: unknown, value: Plain): Node {
  if (typeof value !== 'object') {
    return syncScalar(node, value);
  }
  if (isList(value)) {
    return isKeyedList(value) ? syncKeyedList(node, value) : syncFlowList(node, value);
  }
  return syncMap(node, value);
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

function syncKeyedList(node: unknown, items: readonly KeyedObject[]): Node {
  const seq = isSeq(node) ? node : keepComments(node, new YAMLSeq());
  seq.flow = false;
  const byId = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (isMap(item) && typeof id === 'string') {
      byId.set(id, item);
    }
  }
  // YAML hangs a comment between `key:` and the first item on the list; it is about that item,
  // so it must stay with the item when another is inserted before it.
  const first = seq.items[0];
  if (seq.commentBefore && isNode(first)) {
    first.commentBefore = first.commentBefore ? `${seq.commentBefore}\n${first.commentBefore}` : seq.commentBefore;
    seq.commentBefore = undefined;
  }
  seq.items = items.map((item, index) => {
    const synced = sync(byId.get(item.id), item);
    synced.spaceBefore = index > 0;
    return synced;
  });
  return seq;
}

function syncMap(node: unknown, value: PlainObject): Node {
  const map = isMap(node) ? node : keepComments(node, new YAMLMap());
  const entries = Object.entries(value).filter((entry): entry is [string, Plain] => entry[1] !== undefined);
  const wanted = new Set(entries.map(([key]) => key));
  map.items = map.items.filter((pair) => wanted.has(keyOf(pair) ?? ''));
  // New keys go after the key that precedes them in `value`, so the order stays fixed.
  let position = 0;
  for (const [key, member] of entries) {
    const index = map.items.findIndex((pair) => keyOf(pair) === key);
    if (index >= 0) {
      map.items[index].value = sync(map.items[index].value, member);
      position = index + 1;
    } else {
      map.items.splice(position, 0, new Pair(new Scalar(key), sync(undefined, member)));
      position++;
    }
  }
  return map;
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
