import { Document } from 'yaml';
import { sameData } from '../lib/plain';
import { canonicalItem } from './canonicalYaml';
import { ListLayout, PartState, headState, itemStarts, itemState, keyedItems } from './listLayout';
import { PlainObject, writeYaml } from './yamlWrite';

/** A file as the last read or save left it: its text, its value and where its list's items are. */
export interface LaidOut {
  readonly text: string;
  readonly value: unknown;
  readonly layout: ListLayout;
}

/** Reads a piece of YAML as the careful reader does; undefined when it has errors. */
export type ParsePiece = (text: string) => Document.Parsed | undefined;

/** A stretch of the old file rendered by the library: items first..last (HEAD and END are the file's ends), edges included. */
interface Window {
  left: number;
  right: number;
}

const HEAD = -1;

/**
 * The text writeYaml would write for `next` into the document of `previous.text` (parsed), made by
 * rendering only what needs it: the items that changed, were added or removed, and those whose text
 * is not the writer's own (comments, a hand-made layout), each with the untouched canonical item on
 * either side as an edge, so that the library sees every comment in the context it has in the whole
 * file. Everything else is the old text, byte for byte, which is what rendering it again would give.
 * Undefined when the edit does not fit (items reordered, the list emptied, a piece that does not
 * parse or render as expected): the caller then renders the whole file.
 *
 * This keeps a save of one edit in a file of 10,000 annotations to a few milliseconds of rendering,
 * with or without comments, instead of a parse and a rendering of the whole file.
 */
export function spliceList(previous: LaidOut, next: PlainObject, listKey: string, parse: ParsePiece): LaidOut | undefined {
  const oldItems = keyedItems(previous.value, listKey);
  const newItems = keyedItems(next, listKey);
  if (!oldItems || !newItems) {
    return undefined;
  }
  const { starts, states } = previous.layout;
  const count = oldItems.length;
  const oldIndexOf = new Map<string, number>();
  oldItems.forEach((item, index) => oldIndexOf.set(item.id, index));
  // Where each old item went (-1: removed), and which old items or gaps between them changed.
  const newIndexOf = new Array<number>(count).fill(-1);
  const touched = new Array<boolean>(count).fill(false);
  const gaps: number[] = [];
  let last = HEAD;
  for (const [index, item] of newItems.entries()) {
    const old = oldIndexOf.get(item.id);
    if (old === undefined) {
      gaps.push(last);
      continue;
    }
    if (old <= last) {
      return undefined;
    }
    newIndexOf[old] = index;
    touched[old] = !sameData(oldItems[old], item);
    last = old;
  }
  newIndexOf.forEach((index, old) => {
    if (index === -1) {
      touched[old] = true;
    }
  });
  const oldHead = previous.value as PlainObject;
  const headTouched = previous.layout.head === PartState.Render || Object.keys({ ...oldHead, ...next }).some((key) => key !== listKey && !sameData(oldHead[key], next[key]));
  const isEdge = (index: number): boolean => index === HEAD || index === count || (!touched[index] && states[index] === PartState.Canonical);
  const windows = windowsAround(
    [...(headTouched ? [HEAD] : []), ...touched.flatMap((is, index) => (is || states[index] === PartState.Render ? [index] : []))],
    gaps,
    isEdge,
  );
  if (windows.some((window) => window.left === HEAD && window.right === count)) {
    return undefined;
  }
  let text = '';
  const newStarts: number[] = [];
  const newStates: PartState[] = [];
  /** The items rendered: their index in newStarts, and whether their window came out as it was. */
  const rendered: { readonly index: number; readonly unchanged: boolean }[] = [];
  let head = previous.layout.head;
  let copiedTo = 0;
  let copiedItem = 0;
  const copyUpTo = (item: number, offset: number): void => {
    const shift = text.length - copiedTo;
    text += previous.text.slice(copiedTo, offset);
    for (; copiedItem < item; copiedItem++) {
      if (newIndexOf[copiedItem] !== -1) {
        newStarts.push(starts[copiedItem] + shift);
        newStates.push(states[copiedItem]);
      }
    }
    copiedTo = offset;
  };
  for (const { left, right } of windows) {
    const atHead = left === HEAD;
    const atEnd = right === count;
    const from = atHead ? 0 : starts[left];
    const rightEdge = atEnd ? '' : (canonicalItem(oldItems[right]) ?? '');
    const to = atEnd ? previous.text.length : starts[right] + rightEdge.length;
    const pieceItems = newItems.slice(atHead ? 0 : newIndexOf[left], atEnd ? newItems.length : newIndexOf[right] + 1);
    const prefix = atHead ? '' : `${listKey}:\n`;
    const source = prefix + previous.text.slice(from, to);
    const doc = parse(source);
    const oldCount = (atEnd ? count : right + 1) - (atHead ? 0 : left);
    if (!doc || pieceItems.length === 0 || !holdsList(doc, listKey, oldCount)) {
      return undefined;
    }
    const output = writeYaml(atHead ? { ...next, [listKey]: pieceItems } : { [listKey]: pieceItems }, { text: source, doc }, []).text;
    const piece = output.slice(prefix.length);
    const leftEdge = atHead ? '' : (canonicalItem(oldItems[left]) ?? '\0');
    if (!output.startsWith(prefix) || !piece.startsWith(leftEdge) || !piece.endsWith(rightEdge)) {
      return undefined;
    }
    const keyLine = atHead ? (piece.startsWith(`${listKey}:\n`) ? 0 : piece.indexOf(`\n${listKey}:\n`) + 1) : 0;
    const found = atHead && keyLine === 0 && !piece.startsWith(`${listKey}:\n`) ? [] : itemStarts(piece, atHead ? keyLine + listKey.length + 1 : 0);
    if (found.length !== pieceItems.length) {
      return undefined;
    }
    copyUpTo(atHead ? 0 : left, from);
    // Rendering parts that did not change and getting the same text back means they stay so.
    const unchanged = piece === previous.text.slice(from, to);
    for (const start of found) {
      rendered.push({ index: newStarts.length, unchanged });
      newStarts.push(text.length + start);
      newStates.push(PartState.Render);
    }
    text += piece;
    if (atHead) {
      const canonical = headState(text, newStarts[0], next, listKey);
      head = canonical === PartState.Canonical || !unchanged ? canonical : PartState.Settled;
    }
    copiedTo = to;
    copiedItem = atEnd ? count : right + 1;
  }
  copyUpTo(count, previous.text.length);
  if (newStarts.length !== newItems.length) {
    return undefined;
  }
  for (const { index, unchanged } of rendered) {
    const state = itemState(text, newStarts, index, newItems[index]);
    newStates[index] = state === PartState.Canonical || !unchanged ? state : PartState.Settled;
  }
  return { text, value: next, layout: { starts: newStarts, states: newStates, head } };
}

/** Whether the document is a map whose `listKey` holds a list of `count` items. */
function holdsList(doc: Document.Parsed, listKey: string, count: number): boolean {
  const list: unknown = doc.get(listKey);
  return typeof list === 'object' && list !== null && 'items' in list && Array.isArray(list.items) && list.items.length === count;
}

/**
 * The stretches to render: each part that must be rendered (an item index, or HEAD for the head)
 * and each gap where items are added (after the item index given), widened on both sides to the
 * nearest edge (an untouched canonical item, or the file's end), overlapping stretches merged.
 */
function windowsAround(parts: readonly number[], gaps: readonly number[], isEdge: (index: number) => boolean): Window[] {
  const windows: Window[] = [];
  const widen = (left: number, right: number): void => {
    while (!isEdge(left)) {
      left--;
    }
    while (!isEdge(right)) {
      right++;
    }
    windows.push({ left, right });
  };
  for (const part of parts) {
    widen(part === HEAD ? HEAD : part - 1, part === HEAD ? 0 : part + 1);
  }
  for (const gap of gaps) {
    widen(gap, gap + 1);
  }
  windows.sort((a, b) => a.left - b.left);
  const merged: Window[] = [];
  for (const window of windows) {
    const previous = merged[merged.length - 1];
    if (previous && window.left <= previous.right) {
      previous.right = Math.max(previous.right, window.right);
    } else {
      merged.push({ ...window });
    }
  }
  return merged;
}
