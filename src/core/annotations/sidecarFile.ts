import { Language, PolicyDocument, findProvision } from '../model';
import { Annotation, Sidecar, SpanTarget, compareAnnotations } from './annotation';
import { Problem, error, warning } from './problem';
import { checkSchema } from './schemaCheck';
import { NOTES_SCHEMA, NOTES_SCHEMA_URL } from './schemas';
import { FileFormat, LoadedFile } from './yamlFile';
import { locate } from './yamlLocate';
import { DEFAULT_LIMITS, Limits, readYaml } from './yamlSource';

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
}

export const SIDECAR_FORMAT: FileFormat<Sidecar> = {
  header: [
    "Policy Annotator notes: one coder's annotations on one document.",
    'One file per coder, so that teammates never edit the same file and git merges their work by itself.',
    'Policy Annotator keeps comments written here when it saves.',
    `yaml-language-server: $schema=${NOTES_SCHEMA_URL}`,
  ],
  toPlain: (sidecar) => ({
    version: 1,
    document: sidecar.document,
    author: sidecar.author,
    annotations: [...sidecar.annotations].sort(compareAnnotations).map((annotation) => ({
      id: annotation.id,
      provision: annotation.provision,
      span: annotation.span && {
        language: annotation.span.language,
        exact: annotation.span.exact,
        prefix: annotation.span.prefix,
        suffix: annotation.span.suffix,
        start: annotation.span.start,
        end: annotation.span.end,
      },
      tags: annotation.tags,
      note: annotation.note,
      created: annotation.created,
      updated: annotation.updated,
    })),
  }),
};

/** The fields as the schema guarantees them once an item validated. */
interface RawAnnotation {
  readonly id: string;
  readonly provision: number;
  readonly span?: { readonly language: Language; readonly exact: string; readonly prefix: string; readonly suffix: string; readonly start: number; readonly end: number };
  readonly tags?: readonly string[];
  readonly note?: string;
  readonly created: string;
  readonly updated: string;
}

interface RawSidecar {
  readonly version: 1;
  readonly document: string;
  readonly author: string;
  readonly annotations: readonly unknown[];
}

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
  const check = checkSchema(source, NOTES_SCHEMA, 'annotations', 'notes');
  const problems: Problem[] = [...read.problems, ...check.problems];
  if (!check.readable) {
    return { source, problems };
  }
  // The schema check passed for the file as a whole, and for every item not in invalidItems.
  const file = source.value as RawSidecar;
  if (file.document !== context.documentId) {
    const message = `document "${file.document}" does not match the folder "${context.documentId}" the file is in`;
    return { source, problems: [...problems, error(message, locate(source, ['document']))] };
  }
  const document = context.document;
  if (!document) {
    return { source, problems: [...problems, error(`unknown document "${file.document}"`, locate(source, ['document']))] };
  }
  const firstLineOfId = new Map<string, number>();
  const annotations: Annotation[] = [];
  file.annotations.forEach((item, index) => {
    if (check.invalidItems.has(index)) {
      return;
    }
    const raw = item as RawAnnotation;
    const at = (...path: (string | number)[]) => locate(source, ['annotations', index, ...path]);
    const firstLine = firstLineOfId.get(raw.id);
    if (firstLine !== undefined) {
      problems.push(error(`duplicate id "${raw.id}" (first used on line ${firstLine}): every annotation needs its own id`, at('id')));
      return;
    }
    firstLineOfId.set(raw.id, at('id').line);
    if (!findProvision(document, raw.provision)) {
      const message = `${document.id} has no provision ${raw.provision} (it has 1–${document.provisions.length})`;
      problems.push(error(message, at('provision')));
      return;
    }
    (raw.tags ?? []).forEach((tag, tagIndex) => {
      if (!context.tagIds.has(tag)) {
        problems.push(warning(`unknown tag "${tag}": it is not in the codebook`, at('tags', tagIndex)));
      }
    });
    annotations.push(toAnnotation(raw, file));
  });
  return { source, content: { document: file.document, author: file.author, annotations }, problems };
}

function toAnnotation(raw: RawAnnotation, file: RawSidecar): Annotation {
  const span: SpanTarget | undefined = raw.span && { ...raw.span };
  return {
    id: raw.id,
    document: file.document,
    provision: raw.provision,
    ...(span && { span }),
    tags: raw.tags ?? [],
    ...(raw.note !== undefined && { note: raw.note }),
    author: file.author,
    created: raw.created,
    updated: raw.updated,
  };
}
