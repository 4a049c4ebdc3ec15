import { Bilingual, LANGUAGES, Language } from '../../model';

/**
 * Where a span sits in a provision's text, in the manner of the W3C Web Annotation
 * TextQuoteSelector (exact, prefix, suffix) plus a TextPositionSelector (start, end).
 * The quote is the truth; start/end are only a hint that makes re-finding it cheap.
 * Offsets count UTF-16 code units (JavaScript string indices, as VS Code positions do).
 */
export interface SpanTarget {
  readonly language: Language;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

export interface Annotation {
  /** Random and stable for life; never derived from content, so edits never change it. */
  readonly id: string;
  readonly document: string;
  /** The provision's number in its document. */
  readonly provision: number;
  /** Absent when the annotation is about the whole provision. */
  readonly span?: SpanTarget;
  /** Codebook tag ids. */
  readonly tags: readonly string[];
  /** Markdown. */
  readonly note?: string;
  /** The display name of the coder; in files it is the sidecar's, not the annotation's. */
  readonly author: string;
  /** ISO 8601 UTC, e.g. `2024-05-01T10:22:31Z`. */
  readonly created: string;
  readonly updated: string;
}

/**
 * The one place an annotation is made: every annotation has the same keys in the same order, and
 * no key for an absent span or note, whether it was read from a file or made by an edit.
 */
export function makeAnnotation(fields: Annotation): Annotation {
  return {
    id: fields.id,
    document: fields.document,
    provision: fields.provision,
    ...(fields.span && { span: fields.span }),
    tags: fields.tags,
    ...(fields.note !== undefined && { note: fields.note }),
    author: fields.author,
    created: fields.created,
    updated: fields.updated,
  };
}

/** One coder's annotations on one document: the content of one sidecar file. */
export interface Sidecar {
  readonly document: string;
  readonly author: string;
  readonly annotations: readonly Annotation[];
}

export interface Tag {
  readonly id: string;
  readonly label: Bilingual;
  readonly description: string;
  /** `#rrggbb`. */
  readonly color: string;
  /** The id of the broader tag this one refines. */
  readonly parent?: string;
}

/** The shared list of tags; its order is the order the coders chose. */
export interface Codebook {
  readonly tags: readonly Tag[];
}

/**
 * Document order: by provision, whole-provision annotations before spans, spans by language
 * (offsets in the English and the Chinese text are not comparable) and then by start; the id
 * breaks ties, so that the order never depends on the order of loading.
 */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    compareCodeUnits(a.document, b.document) ||
    a.provision - b.provision ||
    languageRank(a) - languageRank(b) ||
    (a.span?.start ?? 0) - (b.span?.start ?? 0) ||
    compareCodeUnits(a.id, b.id)
  );
}

function languageRank(annotation: Annotation): number {
  return annotation.span ? LANGUAGES.indexOf(annotation.span.language) : -1;
}

/** Locale-independent, so every machine sorts a file the same way. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Timestamps are written to the second: sub-second precision only adds noise to diffs. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
