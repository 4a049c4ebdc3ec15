import { Axis, CodeMatrix, MatrixRequest } from './codeMatrix';
import { Restriction } from './restriction';
import { tagOnly } from './tagExpression';

/** What a report of one cell of a matrix selects: the same passages the cell counts. */
export interface CellSelection {
  readonly expression?: string;
  readonly restriction: Restriction;
  /** "Privacy × 个人信息保护法", for the report's heading. */
  readonly title: string;
}

/**
 * The query of a cell: its tags as an expression (two tags: AND, as the matrix counts tags
 * against tags; a tag with --tags around it: that tag), its document, coder or attribute value
 * added to the restriction. Without a tag axis, the matrix's --tags joined by OR.
 */
export function cellSelection(request: MatrixRequest, matrix: CodeMatrix, row: number, column: number): CellSelection {
  const picks: [Axis, string][] = [
    [request.rows, matrix.rows[row].id],
    [request.columns, matrix.columns[column].id],
  ];
  const tags = picks.filter(([axis]) => axis === 'tags').map(([, id]) => tagOnly(id));
  const anyTag = request.tags && request.tags.length > 0 ? request.tags.map(tagOnly).join(' OR ') : undefined;
  const expression = tags.length > 0 ? [...new Set(tags)].join(' AND ') : anyTag;
  let restriction: Restriction = request.restriction ?? {};
  for (const [axis, id] of picks) {
    if (axis === 'documents') {
      restriction = { ...restriction, documents: [id] };
    } else if (axis === 'coders') {
      restriction = { ...restriction, authors: [id] };
    } else if (axis !== 'tags') {
      restriction = { ...restriction, where: [...(restriction.where ?? []), [axis.slice('attribute:'.length), id]] };
    }
  }
  return { ...(expression !== undefined && { expression }), restriction, title: `${matrix.rows[row].label} × ${matrix.columns[column].label}` };
}
