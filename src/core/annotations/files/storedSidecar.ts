import { LANGUAGES, Language } from '../../model';
import { Annotation, Sidecar, SpanTarget, makeAnnotation } from '../model/annotation';

/**
 * A sidecar as the cache of parsed notes keeps it (see notesCache.ts): JSON, each annotation
 * without the document and author that its file gives it.
 */
type StoredAnnotation = Omit<Annotation, 'document' | 'author'>;

export interface StoredSidecar {
  readonly document: string;
  readonly author: string;
  readonly annotations: readonly StoredAnnotation[];
}

export function storedSidecar(sidecar: Sidecar): StoredSidecar {
  const annotations = sidecar.annotations.map(({ document: _document, author: _author, ...stored }) => stored);
  return { document: sidecar.document, author: sidecar.author, annotations };
}

/**
 * The sidecar a stored value holds, or undefined when the value is not one (a corrupt or foreign
 * entry). Checked member by member by hand: a team's 200,000 annotations pass in a fraction of
 * what the schema checker takes, and a value that passes makes annotations of the model's shape.
 */
export function sidecarOf(value: unknown): Sidecar | undefined {
  if (!isObject(value) || typeof value.document !== 'string' || typeof value.author !== 'string' || !Array.isArray(value.annotations)) {
    return undefined;
  }
  const head = { document: value.document, author: value.author };
  const annotations: Annotation[] = [];
  for (const item of value.annotations as unknown[]) {
    const annotation = annotationOf(item, head);
    if (!annotation) {
      return undefined;
    }
    annotations.push(annotation);
  }
  return { ...head, annotations };
}

function annotationOf(item: unknown, head: Pick<Annotation, 'document' | 'author'>): Annotation | undefined {
  if (!isObject(item) || !isText(item.id) || !isNumber(item.provision) || !isText(item.created) || !isText(item.updated)) {
    return undefined;
  }
  if (!Array.isArray(item.tags) || !(item.tags as unknown[]).every(isText) || (item.note !== undefined && !isText(item.note))) {
    return undefined;
  }
  const span = item.span === undefined ? undefined : spanOf(item.span);
  if (item.span !== undefined && !span) {
    return undefined;
  }
  return makeAnnotation({
    id: item.id,
    document: head.document,
    provision: item.provision,
    span,
    tags: item.tags as string[],
    note: item.note,
    author: head.author,
    created: item.created,
    updated: item.updated,
  });
}

function spanOf(value: unknown): SpanTarget | undefined {
  if (!isObject(value) || !LANGUAGES.includes(value.language as Language) || !isText(value.exact) || !isText(value.prefix) || !isText(value.suffix)) {
    return undefined;
  }
  if (!isNumber(value.start) || !isNumber(value.end)) {
    return undefined;
  }
  return { language: value.language as Language, exact: value.exact, prefix: value.prefix, suffix: value.suffix, start: value.start, end: value.end };
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
