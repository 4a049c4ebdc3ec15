import { Language, parseNumberKey, provisionValue } from '../../model';
import { Annotation, makeAnnotation } from '../model/annotation';
import { sameData } from '../../lib/plain';
import { PlainObject } from '../../yaml';
import { frozenInTests } from '../../lib/frozenInTests';

/** An annotation's fields as the notes schema guarantees them once its item validated. */
export interface RawAnnotation {
  readonly id: string;
  /** A whole article's number, or an inserted article's key ("120-1"). */
  readonly provision: number | string;
  readonly span?: { readonly language: Language; readonly exact: string; readonly prefix: string; readonly suffix: string; readonly start: number; readonly end: number };
  readonly tags?: readonly string[];
  readonly note?: string;
  readonly created: string;
  readonly updated: string;
}

/** The fields of the file that every annotation in it shares. */
export interface SidecarHead {
  readonly document: string;
  readonly author: string;
}

// Annotations and their items in a file are values, never changed once made: so each annotation's
// item is built once, and each item read once. A save of one edit in a file of 10,000 annotations
// then handles one annotation, and the annotations of the file as saved are the very objects of the
// file as edited, which keeps every later save as cheap.
const items = new WeakMap<Annotation, PlainObject>();
const reads = new WeakMap<object, { readonly head: SidecarHead; readonly annotation: Annotation }>();

/** The annotation as an item of the file's `annotations` list, in the format's key order. */
export function annotationItem(annotation: Annotation, head: SidecarHead): PlainObject {
  let item = items.get(annotation);
  if (!item) {
    item = {
      id: annotation.id,
      provision: provisionValue(annotation.provision),
      ...(annotation.span && {
        span: {
          language: annotation.span.language,
          exact: annotation.span.exact,
          prefix: annotation.span.prefix,
          suffix: annotation.span.suffix,
          start: annotation.span.start,
          end: annotation.span.end,
        },
      }),
      tags: annotation.tags,
      ...(annotation.note !== undefined && { note: annotation.note }),
      created: annotation.created,
      updated: annotation.updated,
    };
    items.set(frozenInTests(annotation), frozenInTests(item));
    // Reading the item back gives this very annotation when nothing is lost on the way (its
    // document and author are the file's).
    const shared = { document: head.document, author: head.author };
    if (sameData(annotation, toAnnotation(item as unknown as RawAnnotation, shared))) {
      reads.set(item, { head: shared, annotation });
    }
  }
  return item;
}

/** The annotation an item of a file says (an item that validated). */
export function readAnnotation(raw: RawAnnotation, head: SidecarHead): Annotation {
  const known = reads.get(raw);
  if (known && known.head.document === head.document && known.head.author === head.author) {
    return known.annotation;
  }
  const annotation = toAnnotation(raw, head);
  reads.set(frozenInTests(raw), { head: { document: head.document, author: head.author }, annotation: frozenInTests(annotation) });
  // An item read as the writer writes it is the annotation's item: a save then finds the items it
  // read unchanged by identity, and builds none of the 10,000 of a large file again.
  if (!items.has(annotation) && inItemLayout(raw)) {
    items.set(annotation, raw as unknown as PlainObject);
  }
  return annotation;
}

const ITEM_KEYS = ['id', 'provision', 'span', 'tags', 'note', 'created', 'updated'];
const SPAN_KEYS = ['language', 'exact', 'prefix', 'suffix', 'start', 'end'];

/** Whether an item (that validated) has its keys in the order annotationItem gives them, tags included. */
function inItemLayout(raw: RawAnnotation): boolean {
  return raw.tags !== undefined && inOrder(Object.keys(raw), ITEM_KEYS) && (raw.span === undefined || inOrder(Object.keys(raw.span), SPAN_KEYS));
}

function inOrder(keys: readonly string[], order: readonly string[]): boolean {
  let at = 0;
  return keys.every((key) => {
    while (at < order.length && order[at] !== key) {
      at++;
    }
    return at++ < order.length;
  });
}

function toAnnotation(raw: RawAnnotation, head: SidecarHead): Annotation {
  return makeAnnotation({
    id: raw.id,
    document: head.document,
    provision: provisionOf(raw),
    span: raw.span && { ...raw.span },
    tags: raw.tags ?? [],
    note: raw.note,
    author: head.author,
    created: raw.created,
    updated: raw.updated,
  });
}

/** The provision's number as the model counts it; NaN (which names no provision) for a key that is none. */
export function provisionOf(raw: RawAnnotation): number {
  return typeof raw.provision === 'number' ? raw.provision : (parseNumberKey(raw.provision) ?? Number.NaN);
}
