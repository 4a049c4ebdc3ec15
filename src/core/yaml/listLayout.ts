import { canonicalHead, canonicalItemLength, commentedItemLength, keptComment } from './canonicalYaml';
import { PlainObject } from './yamlWrite';

/** How the text of one part of a file (its head, or one item) stands to what the writer would write. */
export const enum PartState {
  /** Exactly the writer's text of its value: kept, and a fit edge for the text the library renders. */
  Canonical = 0,
  /** Something else (comments, a layout of the user's): the library renders it again, as a full save would. */
  Render = 1,
  /**
   * Not canonical, but what the library's rendering gives: found so by rendering it, or the writer's
   * text with comments the library writes back as they are (see itemState). Kept, but no edge.
   */
  Settled = 2,
}

/**
 * Where the parts of a file whose value ends in a keyed list (the notes' `annotations`) are in its
 * text: the head (comments, the other keys, the list's key) and each item, from its `  - ` line up
 * to the next item's (so comments and blank lines between two items are the earlier item's). The
 * last item runs to the end of the file, with whatever follows the list.
 */
export interface ListLayout {
  readonly starts: readonly number[];
  readonly states: readonly PartState[];
  readonly head: PartState;
}

export interface KeyedItem extends PlainObject {
  readonly id: string;
}

/** Where an item's line starts: two spaces, a dash and a space at the start of a line. */
const ITEM_LINE = '\n  - ';

/**
 * The layout of `text`, whose value is `value`, or undefined when the text is not laid out as the
 * writer lays such files out (another indentation, line endings of \r\n, directives or several
 * documents, a list that is empty or not at the end): a save then renders the whole file.
 */
export function layoutOf(text: string, value: unknown, listKey: string): ListLayout | undefined {
  const items = keyedItems(value, listKey);
  if (!items || text.includes('\r') || /^(?:%|---|\.\.\.)/m.test(text)) {
    return undefined;
  }
  const keyLine = text.startsWith(`${listKey}:\n`) ? 0 : text.indexOf(`\n${listKey}:\n`) + 1;
  if (keyLine === 0 && !text.startsWith(`${listKey}:\n`)) {
    return undefined;
  }
  const starts = itemStarts(text, keyLine + listKey.length + 1);
  if (starts.length !== items.length) {
    return undefined;
  }
  const states = items.map((item, index) => itemState(text, starts, index, item));
  return { starts, states, head: headState(text, starts[0], value as PlainObject, listKey) };
}

/** The items of the keyed list at `listKey`, when the value ends in one that is not empty. */
export function keyedItems(value: unknown, listKey: string): readonly KeyedItem[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const keys = Object.keys(value).filter((key) => (value as PlainObject)[key] !== undefined);
  const list = (value as PlainObject)[listKey];
  if (keys[keys.length - 1] !== listKey || !Array.isArray(list) || list.length === 0) {
    return undefined;
  }
  return list.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item) && typeof (item as PlainObject).id === 'string')
    ? (list as readonly KeyedItem[])
    : undefined;
}

/** The offsets of the item lines in `text` from `from` (the start of the line after the list's key). */
export function itemStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  if (text.startsWith('  - ', from)) {
    starts.push(from);
  }
  for (let at = text.indexOf(ITEM_LINE, from); at !== -1; at = text.indexOf(ITEM_LINE, at + ITEM_LINE.length)) {
    starts.push(at + 1);
  }
  return starts;
}

/**
 * An item's part: the writer's text of it, then a blank line unless it is the last (Canonical); or
 * that text with comments the library writes back as they are (Settled): beside values (see
 * commentedItemLength), and whole lines `  # …` at the items' indentation after the blank line,
 * which the library reads as the next item's comment and writes again above it. Comments after
 * the last item are left to the library (it moves a comment at the file's end below a blank line).
 */
export function itemState(text: string, starts: readonly number[], index: number, item: KeyedItem): PartState {
  const start = starts[index];
  const isLast = index + 1 === starts.length;
  const end = isLast ? text.length : starts[index + 1] - 1;
  const length = canonicalItemLength(text, start, item);
  if (length === end - start && (isLast || text[end] === '\n')) {
    return PartState.Canonical;
  }
  const commented = isLast ? -1 : commentedItemLength(text, start, item);
  return commented !== -1 && text[start + commented] === '\n' && commentLines(text, start + commented + 1, end + 1) ? PartState.Settled : PartState.Render;
}

/** Whether `text` from `from` to `to` is whole lines, each a comment `  #…` the library keeps (none is fine). */
function commentLines(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; ) {
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd >= to || !text.startsWith('  #', at) || !keptComment(text, at + 2, lineEnd)) {
      return false;
    }
    at = lineEnd + 1;
  }
  return true;
}

/** The head is canonical when it is the writer's head under the file's own leading comment lines. */
export function headState(text: string, end: number, value: PlainObject, listKey: string): PartState {
  const header: string[] = [];
  for (let at = 0; text.startsWith('# ', at); ) {
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at + 2, lineEnd);
    // A comment line the library may give back otherwise (trailing spaces, an empty comment, a line separator) is rendered.
    if (lineEnd === -1 || line.trim() !== line || line === '' || !keptComment(text, at, lineEnd)) {
      return PartState.Render;
    }
    header.push(line);
    at = lineEnd + 1;
  }
  const head = canonicalHead(header, value, listKey);
  return head !== undefined && head.length === end && text.startsWith(head) ? PartState.Canonical : PartState.Render;
}
