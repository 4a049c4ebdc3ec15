import { LANGUAGES, Language } from '../../model';
import { Annotation, Sidecar } from '../model/annotation';
import { RawAnnotation, readAnnotation } from './sidecarItems';

/**
 * The sidecar that a file's value, as the cache of parsed notes keeps it (see notesCache.ts), says;
 * undefined when the value is not one a notes file that read without problems can have (a corrupt
 * or foreign entry). Checked member by member by hand, no member more than the notes schema
 * allows: a team's 200,000 annotations pass in a fraction of what the schema checker takes. The
 * items are read as a file's are (readAnnotation), so that a save finds them by identity.
 */
export function cachedSidecar(value: unknown): Sidecar | undefined {
  if (!isObject(value) || !hasOnly(value, FILE_KEYS) || value.version !== 1 || !isText(value.document) || !isText(value.author) || !Array.isArray(value.annotations)) {
    return undefined;
  }
  const head = { document: value.document, author: value.author };
  const annotations: Annotation[] = [];
  for (const item of value.annotations as unknown[]) {
    if (!isItem(item)) {
      return undefined;
    }
    annotations.push(readAnnotation(item, head));
  }
  return { ...head, annotations };
}

const FILE_KEYS = new Set(['version', 'document', 'author', 'annotations']);
const ITEM_KEYS = new Set(['id', 'provision', 'span', 'tags', 'note', 'created', 'updated']);
const SPAN_KEYS = new Set(['language', 'exact', 'prefix', 'suffix', 'start', 'end']);

function isItem(item: unknown): item is RawAnnotation {
  if (!isObject(item) || !hasOnly(item, ITEM_KEYS) || !isText(item.id) || !(isNumber(item.provision) || isText(item.provision)) || !isText(item.created) || !isText(item.updated)) {
    return false;
  }
  const tags = item.tags === undefined || (Array.isArray(item.tags) && (item.tags as unknown[]).every(isText));
  return tags && (item.note === undefined || isText(item.note)) && (item.span === undefined || isSpan(item.span));
}

function isSpan(span: unknown): boolean {
  return isObject(span) && hasOnly(span, SPAN_KEYS) && LANGUAGES.includes(span.language as Language) && isText(span.exact) && isText(span.prefix) && isText(span.suffix) && isNumber(span.start) && isNumber(span.end);
}

function hasOnly(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  return Object.keys(value).every((key) => keys.has(key));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}
