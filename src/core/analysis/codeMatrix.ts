import { Annotation } from '../annotations/model/annotation';
import { documentAttributes } from '../documents/documentAttributes';
import { getOrCreate } from '../lib/getOrCreate';
import { Language, PolicyDocument } from '../model';
import { CodingInput } from './codingQuery';
import { groupByProvision } from './provisionGroups';
import { Restriction, UnknownNameError, checkAttribute, restrictAnnotations, selectedDocuments } from './restriction';
import { TagHierarchy } from './tagHierarchy';

/** What the rows or the columns are: tags, documents, coders, or the values of a document attribute. */
export type Axis = 'tags' | 'documents' | 'coders' | `attribute:${string}`;

export const MEASURES = ['passages', 'provisions', 'documents', 'share'] as const;
/**
 * passages: coded passages (annotations); provisions: provisions with such a passage; documents:
 * documents with one (0/1 where a document is a row or column); share: provisions coded over the
 * provisions of the cell's documents.
 */
export type Measure = (typeof MEASURES)[number];

export interface MatrixRequest {
  readonly rows: Axis;
  readonly columns: Axis;
  readonly measure: Measure;
  /** Only these tags (ids or labels) for a tags axis, each covering the tags under it; otherwise only passages with one of them. */
  readonly tags?: readonly string[];
  readonly restriction?: Restriction;
  /** The language of tag labels and document titles. */
  readonly language: Language;
}

export interface MatrixHeader {
  readonly id: string;
  readonly label: string;
}

export interface CodeMatrix {
  readonly measure: Measure;
  readonly rows: readonly MatrixHeader[];
  readonly columns: readonly MatrixHeader[];
  /** `cells[r][c]`, rows × columns in the order listed. */
  readonly cells: readonly (readonly number[])[];
}

/** The axis a command line names: tags, documents, coders, or any other word an attribute. */
export function axisNamed(name: string): Axis {
  return name === 'tags' || name === 'documents' || name === 'coders' ? name : `attribute:${name}`;
}

interface AxisPlan {
  readonly headers: readonly MatrixHeader[];
  /** The header indexes an annotation falls under (a passage with two tags is in two rows). */
  readonly of: (annotation: Annotation) => readonly number[];
  /** For an axis of documents (documents, attributes): the header indexes a document falls under. */
  readonly ofDocument?: (document: PolicyDocument) => readonly number[];
}

/**
 * Cross-tabulates coded passages: every annotation the restriction keeps that has a tag (one of
 * `tags`, when given) falls in the cells of its rows and columns, and each cell counts its
 * measure. One pass over the annotations; the distinct provisions and documents of a cell are
 * counted in sets of small numbers.
 */
export function codeMatrix(input: CodingInput, request: MatrixRequest): CodeMatrix {
  const restriction = request.restriction ?? {};
  const documents = selectedDocuments(input.library, restriction);
  const hierarchy = new TagHierarchy(input.codebook, input.annotations.flatMap((annotation) => annotation.tags));
  const chosenTags = request.tags?.map((word) => {
    const id = hierarchy.resolve(word);
    if (id === undefined) {
      throw new UnknownNameError(`no tag "${word}" in the codebook or the notes`);
    }
    return id;
  });
  const chosen = chosenTags && new Set(chosenTags);
  // Annotations repeat a few combinations of tags: each combination is rolled up once.
  const rolledUp = new Map<readonly string[], readonly string[]>();
  const byCombination = new Map<string, readonly string[]>();
  const tagsOf = (annotation: Annotation): readonly string[] => {
    let tags = rolledUp.get(annotation.tags);
    if (!tags) {
      const key = annotation.tags.join('\u0000');
      tags = byCombination.get(key) ?? [...new Set(annotation.tags.flatMap((tag) => hierarchy.ancestors(tag)))].filter((tag) => !chosen || chosen.has(tag));
      byCombination.set(key, tags);
      rolledUp.set(annotation.tags, tags);
    }
    return tags;
  };
  const annotations = restrictAnnotations(input.annotations, documents, restriction).filter((annotation) => tagsOf(annotation).length > 0);
  const context: AxisContext = { hierarchy, tags: chosenTags ?? hierarchy.ids, tagsOf, documents, annotations, input, language: request.language };
  const rows = axisPlan(request.rows, context);
  const columns = axisPlan(request.columns, context);
  const width = columns.headers.length;
  const counts = rows.headers.map(() => new Array<number>(width).fill(0));
  const distinct = new Map<number, Set<number>>();
  const numbers = new Map<string, number>();
  const unitOf = (annotation: Annotation): number =>
    getOrCreate(numbers, request.measure === 'documents' ? annotation.document : `${annotation.document}#${annotation.provision}`, () => numbers.size);
  const add = (row: number, column: number, annotation: Annotation): void => {
    if (request.measure === 'passages') {
      counts[row][column]++;
    } else {
      getOrCreate(distinct, row * width + column, () => new Set()).add(unitOf(annotation));
    }
  };
  if (request.rows === 'tags' && request.columns === 'tags') {
    countTagPairs(annotations, rows, add);
  } else {
    for (const annotation of annotations) {
      const columnIndexes = columns.of(annotation);
      for (const row of rows.of(annotation)) {
        for (const column of columnIndexes) {
          add(row, column, annotation);
        }
      }
    }
  }
  for (const [cell, units] of distinct) {
    counts[Math.floor(cell / width)][cell % width] = units.size;
  }
  const cells = request.measure === 'share' ? shares(counts, rows, columns, documents) : counts;
  return { measure: request.measure, rows: rows.headers, columns: columns.headers, cells };
}

/**
 * Tags against tags mean what AND means in a query: a provision carrying both, whoever coded them
 * on whichever passage. Its cell counts the passages there with either tag (the diagonal: a tag's
 * own), or the provision, or its document.
 */
function countTagPairs(annotations: readonly Annotation[], tags: AxisPlan, add: (row: number, column: number, annotation: Annotation) => void): void {
  for (const group of groupByProvision(annotations).values()) {
    const onEach = group.map((annotation) => new Set(tags.of(annotation)));
    const onProvision = [...new Set(onEach.flatMap((indexes) => [...indexes]))];
    for (const row of onProvision) {
      for (const column of onProvision) {
        group.forEach((annotation, index) => (onEach[index].has(row) || onEach[index].has(column)) && add(row, column, annotation));
      }
    }
  }
}

interface AxisContext {
  readonly hierarchy: TagHierarchy;
  readonly tags: readonly string[];
  readonly tagsOf: (annotation: Annotation) => readonly string[];
  readonly documents: readonly PolicyDocument[];
  readonly annotations: readonly Annotation[];
  readonly input: CodingInput;
  readonly language: Language;
}

function axisPlan(axis: Axis, context: AxisContext): AxisPlan {
  if (axis === 'tags') {
    const index = new Map(context.tags.map((tag, position) => [tag, position]));
    // tagsOf gives one array per combination of tags, so that its positions are found once.
    const positions = new Map<readonly string[], number[]>();
    const labels = new Map(context.input.codebook.tags.map((tag) => [tag.id, tag.label[context.language] || tag.label.en || tag.id]));
    return {
      headers: context.tags.map((id) => ({ id, label: labels.get(id) ?? id })),
      of: (annotation) => {
        const tags = context.tagsOf(annotation);
        return getOrCreate(positions, tags, () => tags.map((tag) => index.get(tag) ?? -1).filter((position) => position >= 0));
      },
    };
  }
  if (axis === 'documents') {
    const index = new Map(context.documents.map((document, position) => [document.id, position]));
    return {
      headers: context.documents.map((document) => ({ id: document.id, label: document.shortTitle[context.language] || document.shortTitle.zh || document.id })),
      of: (annotation) => [index.get(annotation.document) ?? -1].filter((position) => position >= 0),
      ofDocument: (document) => [index.get(document.id) ?? -1].filter((position) => position >= 0),
    };
  }
  if (axis === 'coders') {
    const coders = [...new Set(context.annotations.map((annotation) => annotation.author))].sort();
    const index = new Map(coders.map((coder, position) => [coder, position]));
    return { headers: coders.map((coder) => ({ id: coder, label: coder })), of: (annotation) => [index.get(annotation.author) ?? 0] };
  }
  const name = axis.slice('attribute:'.length);
  checkAttribute(context.input.library.documents, name);
  const valuesOf = new Map(context.documents.map((document) => [document.id, documentAttributes(document).get(name) ?? []]));
  const values = [...new Set([...valuesOf.values()].flat())].sort();
  const index = new Map(values.map((value, position) => [value, position]));
  const ofId = (id: string) => (valuesOf.get(id) ?? []).map((value) => index.get(value) ?? 0);
  return { headers: values.map((value) => ({ id: value, label: value })), of: (annotation) => ofId(annotation.document), ofDocument: (document) => ofId(document.id) };
}

/**
 * Provisions coded over the provisions of the cell's documents: those under its row and its
 * column where they are axes of documents, else every document selected. Rounded to 4 places.
 */
function shares(counts: readonly (readonly number[])[], rows: AxisPlan, columns: AxisPlan, documents: readonly PolicyDocument[]): number[][] {
  const total = new Map<number, number>();
  const width = columns.headers.length;
  for (const document of documents) {
    for (const row of rows.ofDocument?.(document) ?? [-1]) {
      for (const column of columns.ofDocument?.(document) ?? [-1]) {
        const key = (row + 1) * (width + 1) + column + 1;
        total.set(key, (total.get(key) ?? 0) + document.provisions.length);
      }
    }
  }
  return counts.map((row, r) =>
    row.map((count, c) => {
      const key = (rows.ofDocument ? r + 1 : 0) * (width + 1) + (columns.ofDocument ? c + 1 : 0);
      const denominator = total.get(key) ?? 0;
      return denominator === 0 ? 0 : Math.round((count / denominator) * 10_000) / 10_000;
    }),
  );
}
