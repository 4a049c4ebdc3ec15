import { Annotation } from '../annotations/model/annotation';
import { documentAttributes } from '../documents/documentAttributes';
import { documentLabels } from './documentLabels';
import { getOrCreate } from '../lib/getOrCreate';
import { Language, PolicyDocument } from '../model';
import { CodingInput } from './codingQuery';
import { ProvisionUnits, provisionUnits } from './provisionUnits';
import { Restriction, UnknownNameError, checkAttribute, restrictAnnotations, selectedDocuments } from './restriction';
import { TagHierarchy, usedTags } from './tagHierarchy';
import { localized } from '../l10n/localized';

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
  /** The header indexes an annotation falls under (a passage with two tags is in two rows), given the index of its document. */
  readonly of: (annotation: Annotation, document: number) => readonly number[];
  /** For an axis of documents (documents, attributes): the header indexes the document at this index falls under. */
  readonly ofDocument?: (document: number) => readonly number[];
}

/**
 * Cross-tabulates coded passages: every annotation the restriction keeps that has a tag (one of
 * `tags`, when given) falls in the cells of its rows and columns, and each cell counts its
 * measure. One pass over the annotations, in the order of their provisions (a counting sort), so
 * that a cell counts a distinct provision or document by remembering the last it counted: no
 * set per cell, no string keys (see bench/findingsBench.ts for the figures).
 */
export function codeMatrix(input: CodingInput, request: MatrixRequest): CodeMatrix {
  const restriction = request.restriction ?? {};
  const documents = selectedDocuments(input.library, restriction);
  const hierarchy = new TagHierarchy(input.codebook, usedTags(input.annotations));
  const chosenTags = request.tags?.map((word) => {
    const id = hierarchy.resolve(word);
    if (id === undefined) {
      throw new UnknownNameError(localized('query.noTag', word));
    }
    return id;
  });
  const chosen = chosenTags && new Set(chosenTags);
  // tagsOf gives the same array for the same combination of tags (the axis of tags relies on it).
  const byCombination = new Map<ReadonlySet<string>, readonly string[]>();
  const tagsOf = (annotation: Annotation): readonly string[] => {
    const covered = hierarchy.covered(annotation.tags);
    return getOrCreate(byCombination, covered, () => [...covered].filter((tag) => !chosen || chosen.has(tag)));
  };
  const annotations = restrictAnnotations(input.annotations, documents, restriction).filter((annotation) => tagsOf(annotation).length > 0);
  const context: AxisContext = { hierarchy, tags: chosenTags ?? hierarchy.ids, tagsOf, documents, annotations, input, language: request.language };
  const rows = axisPlan(request.rows, context);
  const columns = axisPlan(request.columns, context);
  const width = columns.headers.length;
  const counts = new Float64Array(rows.headers.length * width);
  const units = provisionUnits(annotations, new Map(documents.map((document, index) => [document.id, index])));
  // The provision or document a cell counted last, per cell (-1: none yet).
  const last = new Int32Array(counts.length).fill(-1);
  const unitOf = request.measure === 'documents' ? units.document : units.provision;
  const add = (cell: number, index: number): void => {
    if (request.measure === 'passages') {
      counts[cell]++;
    } else if (last[cell] !== unitOf[index]) {
      last[cell] = unitOf[index];
      counts[cell]++;
    }
  };
  if (request.rows === 'tags' && request.columns === 'tags') {
    countTagPairs(annotations, units, rows, width, add);
  } else {
    for (const index of units.order) {
      const annotation = annotations[index];
      const document = units.document[index];
      const columnIndexes = columns.of(annotation, document);
      for (const row of rows.of(annotation, document)) {
        for (const column of columnIndexes) {
          add(row * width + column, index);
        }
      }
    }
  }
  const table = rows.headers.map((_, row) => Array.from(counts.subarray(row * width, (row + 1) * width)));
  const cells = request.measure === 'share' ? shares(table, rows, columns, documents) : table;
  return { measure: request.measure, rows: rows.headers, columns: columns.headers, cells };
}

/**
 * Tags against tags mean what AND means in a query: a provision carrying both, whoever coded them
 * on whichever passage. Its cell counts the passages there with either tag (the diagonal: a tag's
 * own), or the provision, or its document.
 */
function countTagPairs(annotations: readonly Annotation[], units: ProvisionUnits, tags: AxisPlan, width: number, add: (cell: number, index: number) => void): void {
  const { order, provision, document } = units;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && provision[order[end]] === provision[order[start]]) {
      end++;
    }
    const group = Array.from(order.subarray(start, end));
    const onEach = group.map((index) => tags.of(annotations[index], document[index]));
    const onProvision = [...new Set(onEach.flat())];
    for (const row of onProvision) {
      for (const column of onProvision) {
        group.forEach((index, at) => (onEach[at].includes(row) || onEach[at].includes(column)) && add(row * width + column, index));
      }
    }
    start = end;
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
    const positions = context.documents.map((_, position) => [position]);
    const labels = documentLabels(context.documents, context.language);
    return {
      headers: context.documents.map((document, position) => ({ id: document.id, label: labels[position] })),
      of: (_, document) => positions[document],
      ofDocument: (document) => positions[document],
    };
  }
  if (axis === 'coders') {
    const coders = [...new Set(context.annotations.map((annotation) => annotation.author))].sort();
    const positions = new Map(coders.map((coder, position) => [coder, [position]]));
    return { headers: coders.map((coder) => ({ id: coder, label: coder })), of: (annotation) => positions.get(annotation.author) ?? [] };
  }
  const name = axis.slice('attribute:'.length);
  checkAttribute(context.input.library.documents, name);
  const valuesOf = context.documents.map((document) => documentAttributes(document).get(name) ?? []);
  const values = [...new Set(valuesOf.flat())].sort();
  const index = new Map(values.map((value, position) => [value, position]));
  const positions = valuesOf.map((documentValues) => documentValues.map((value) => index.get(value) ?? 0));
  return { headers: values.map((value) => ({ id: value, label: value })), of: (_, document) => positions[document], ofDocument: (document) => positions[document] };
}

/**
 * Provisions coded over the provisions of the cell's documents: those under its row and its
 * column where they are axes of documents, else every document selected. Rounded to 4 places.
 */
function shares(counts: readonly (readonly number[])[], rows: AxisPlan, columns: AxisPlan, documents: readonly PolicyDocument[]): number[][] {
  const total = new Map<number, number>();
  const width = columns.headers.length;
  for (const [at, document] of documents.entries()) {
    for (const row of rows.ofDocument?.(at) ?? [-1]) {
      for (const column of columns.ofDocument?.(at) ?? [-1]) {
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
