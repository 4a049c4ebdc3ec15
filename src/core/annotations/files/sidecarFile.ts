import { PolicyDocument, findProvision, provisionRange } from '../../model';
import { Annotation, Sidecar, compareAnnotations } from '../model/annotation';
import { authorSlug } from '../model/authorSlug';
import { excerptOf } from '../../lib/visibleText';
import { checkSchema, DEFAULT_LIMITS, error, FileFormat, Interpretation, Limits, LoadedFile, Locator, locatorOf, Problem, readYaml, warning } from '../../yaml';
import { RawAnnotation, annotationItem, provisionOf, readAnnotation } from './sidecarItems';
import { NOTES_SCHEMA, NOTES_SCHEMA_URL } from './schemas';
import { localized } from '../../l10n/localized';
import { frozenInTests } from '../../lib/frozenInTests';

export type LoadedSidecar = LoadedFile<Sidecar>;

/** What a sidecar is checked against besides its schema. */
export interface SidecarContext {
  /** The name of the folder the file is in, which is the id of the document it annotates. */
  readonly documentId: string;
  /** That document, when the library has it. */
  readonly document: PolicyDocument | undefined;
  /** The codebook's tag ids. */
  readonly tagIds: ReadonlySet<string>;
  readonly limits?: Limits;
  /** The file's name without `.yaml`, which is its coder's slug; absent for a file outside a notes folder. */
  readonly fileSlug?: string;
}

export const SIDECAR_FORMAT: FileFormat<Sidecar> = {
  header: [
    "Policy Annotator notes: one coder's annotations on one document.",
    'One file per coder, so that teammates never edit the same file and git merges their work by itself.',
    'Policy Annotator keeps comments written here when it saves.',
    `yaml-language-server: $schema=${NOTES_SCHEMA_URL}`,
  ],
  listKey: 'annotations',
  toPlain: (sidecar) => ({
    version: 1,
    document: sidecar.document,
    author: sidecar.author,
    annotations: inDocumentOrder(sidecar.annotations).map((annotation) => annotationItem(annotation, sidecar)),
  }),
};

/** Sorted, without sorting what is sorted already (as a file's annotations are, but for one edit). */
function inDocumentOrder(annotations: readonly Annotation[]): readonly Annotation[] {
  const sorted = annotations.every((annotation, index) => index === 0 || compareAnnotations(annotations[index - 1], annotation) <= 0);
  return sorted ? annotations : [...annotations].sort(compareAnnotations);
}

interface RawSidecar {
  readonly version: 1;
  readonly document: string;
  readonly author: string;
  readonly annotations: readonly unknown[];
}

/**
 * Items found without problems against a document and a codebook's tags (by identity): a save of
 * one edit in a file of 10,000 annotations checks the one item it made, not the 10,000.
 */
const clean = new WeakMap<object, { readonly document: PolicyDocument; readonly tagIds: ReadonlySet<string>; readonly author: string; readonly annotation: Annotation }>();

/**
 * Reads a sidecar and says what is wrong with it, where; never throws. Annotations with errors
 * are left out of the content (and make the file not writable); unknown tags are only warnings.
 */
export function loadSidecar(bytes: Uint8Array, context: SidecarContext): LoadedSidecar {
  const read = readYaml(bytes, context.limits ?? DEFAULT_LIMITS);
  const source = read.source;
  if (!source) {
    return { problems: read.problems };
  }
  const interpretation = interpretSidecar(source.value, locatorOf(source), context);
  return { source, ...interpretation, problems: [...read.problems, ...interpretation.problems] };
}

/** What the value of a sidecar (as parsed, or as about to be written) says; `at` places the problems. */
export function interpretSidecar(value: unknown, at: Locator, context: SidecarContext): Interpretation<Sidecar> {
  const check = checkSchema(value, at, NOTES_SCHEMA, 'annotations', 'notes');
  const problems: Problem[] = [...check.problems];
  if (!check.readable) {
    return { problems };
  }
  // The schema check passed for the file as a whole, and for every item not in invalidItems.
  const file = value as RawSidecar;
  if (file.document !== context.documentId) {
    const message = localized('problem.documentFolder', file.document, context.documentId);
    return { problems: [...problems, error(message, at(['document']))] };
  }
  const document = context.document;
  if (!document) {
    return { problems: [...problems, error(localized('problem.unknownDocument', file.document), at(['document']))] };
  }
  if (context.fileSlug !== undefined && authorSlug(file.author) !== context.fileSlug) {
    const message = localized('problem.authorFile', excerptOf(file.author), context.fileSlug, authorSlug(file.author));
    problems.push(warning(message, at(['author'])));
  }
  // Where each id is first used; its line is looked up only for a duplicate.
  const firstIndexOfId = new Map<string, number>();
  const annotations: Annotation[] = [];
  file.annotations.forEach((item, index) => {
    if (check.invalidItems.has(index)) {
      return;
    }
    const raw = item as RawAnnotation;
    const known = clean.get(raw);
    if (known && known.document === document && known.tagIds === context.tagIds && known.author === file.author && !firstIndexOfId.has(raw.id)) {
      firstIndexOfId.set(raw.id, index);
      annotations.push(known.annotation);
      return;
    }
    const atItem = (...path: (string | number)[]) => at(['annotations', index, ...path]);
    const firstIndex = firstIndexOfId.get(raw.id);
    if (firstIndex !== undefined) {
      const firstLine = at(['annotations', firstIndex, 'id']).line;
      problems.push(error(localized('problem.duplicateId', raw.id, firstLine), atItem('id')));
      return;
    }
    firstIndexOfId.set(raw.id, index);
    if (!findProvision(document, provisionOf(raw))) {
      const message = localized('problem.noProvision', document.id, raw.provision, provisionRange(document));
      problems.push(error(message, atItem('provision')));
      return;
    }
    let unknownTags = false;
    (raw.tags ?? []).forEach((tag, tagIndex) => {
      if (!context.tagIds.has(tag)) {
        unknownTags = true;
        problems.push(warning(localized('problem.unknownTag', tag), atItem('tags', tagIndex)));
      }
    });
    const annotation = readAnnotation(raw, file);
    if (!unknownTags) {
      clean.set(frozenInTests(raw), { document, tagIds: context.tagIds, author: file.author, annotation: frozenInTests(annotation) });
    }
    annotations.push(annotation);
  });
  return { content: { document: file.document, author: file.author, annotations }, problems };
}

/**
 * Whether a sidecar that its bytes alone gave without problems (as the cache of parsed notes keeps
 * them) reads without problems in `context` too: the checks of interpretSidecar that depend on
 * more than the bytes (the folder, the document, the codebook's tags, the file's name), redone.
 * When it does not, the file is read again, which says where each problem is.
 */
export function readsCleanlyIn(sidecar: Sidecar, context: SidecarContext): boolean {
  const document = context.document;
  if (sidecar.document !== context.documentId || !document || (context.fileSlug !== undefined && authorSlug(sidecar.author) !== context.fileSlug)) {
    return false;
  }
  return sidecar.annotations.every((annotation) => findProvision(document, annotation.provision) !== undefined && annotation.tags.every((tag) => context.tagIds.has(tag)));
}
