import { localized } from '../l10n/localized';
import { CodeMatrix } from './codeMatrix';
import { measureTitle } from './matrixWords';

export const CHART_KINDS = ['frequencies', 'matrix', 'timeline', 'network'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A Vega-Lite specification, as plain JSON: saved as .vl.json, drawn by renderChart and in the webview. */
export type ChartSpec = Record<string, unknown>;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
// Without a canvas (Node, the CLI) Vega estimates a label at 0.8 em a character, but a Chinese
// character is a full em: titles, legends and slanted labels in Chinese were cut at the edges.
// The padding leaves them the fifth they are missing.
const BASE = { $schema: SCHEMA, background: 'white', padding: { left: 8, top: 8, right: 48, bottom: 32 }, config: { font: 'sans-serif', view: { stroke: null }, title: { anchor: 'start', frame: 'bounds' } } };

/** How often each row is coded, summed over the columns: bars, in the rows' order. */
export function frequencyChart(matrix: CodeMatrix): ChartSpec {
  const values = matrix.rows.map((row, index) => ({ label: row.label, value: matrix.cells[index].reduce((sum, cell) => sum + cell, 0) }));
  return {
    ...BASE,
    title: localized('chart.frequencies'),
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: measureTitle(matrix.measure) },
    },
  };
}

/** The matrix as a heatmap, each cell with its number. */
export function heatmapChart(matrix: CodeMatrix): ChartSpec {
  const values = cellValues(matrix);
  const measure = measureTitle(matrix.measure);
  const encoding = {
    x: { field: 'column', type: 'nominal', sort: null, title: null, axis: { labelAngle: -40 } },
    y: { field: 'row', type: 'nominal', sort: null, title: null },
  };
  return {
    ...BASE,
    title: localized('chart.matrix', measure),
    data: { values },
    encoding,
    layer: [
      { mark: { type: 'rect', tooltip: true }, encoding: { color: { field: 'value', type: 'quantitative', title: measure, scale: { scheme: 'blues' } } } },
      { mark: { type: 'text', fontSize: 10 }, encoding: { text: { field: 'value', type: 'quantitative' } } },
    ],
  };
}

/** Codes over time: a line per row across the columns, which are years. */
export function timelineChart(matrix: CodeMatrix): ChartSpec {
  return {
    ...BASE,
    title: localized('chart.timeline'),
    data: { values: cellValues(matrix) },
    mark: { type: 'line', point: true, tooltip: true },
    encoding: {
      x: { field: 'column', type: 'ordinal', sort: null, title: localized('chart.year') },
      y: { field: 'value', type: 'quantitative', title: measureTitle(matrix.measure) },
      color: { field: 'row', type: 'nominal', sort: null, title: null },
    },
  };
}

/**
 * Tags applied to the same provisions, from a square tags × tags matrix: the tags on a circle
 * (a layout that needs no simulation, so that the same data always draws the same picture), a
 * line between two tags as thick as the provisions they share, each dot as big as its own.
 */
export function networkChart(matrix: CodeMatrix): ChartSpec {
  const count = matrix.rows.length;
  const nodes = matrix.rows.map((row, index) => {
    const angle = (2 * Math.PI * index) / Math.max(count, 1) - Math.PI / 2;
    return { label: row.label, x: round(Math.cos(angle)), y: round(Math.sin(angle)), value: matrix.cells[index][index] ?? 0 };
  });
  const edges = nodes.flatMap((from, i) =>
    nodes.slice(i + 1).flatMap((to, offset) => {
      const shared = matrix.cells[i][i + 1 + offset] ?? 0;
      return shared > 0 ? [{ x: from.x, y: from.y, x2: to.x, y2: to.y, value: shared, pair: `${from.label} – ${to.label}` }] : [];
    }),
  );
  const axis = { type: 'quantitative', axis: null, scale: { domain: [-1.3, 1.3] } };
  return {
    ...BASE,
    title: localized('chart.network'),
    width: 420,
    height: 420,
    layer: [
      {
        data: { values: edges },
        mark: { type: 'rule', color: '#8899aa', opacity: 0.7, tooltip: true },
        encoding: {
          x: { field: 'x', ...axis },
          y: { field: 'y', ...axis },
          x2: { field: 'x2' },
          y2: { field: 'y2' },
          strokeWidth: { field: 'value', type: 'quantitative', title: localized('chart.provisionsShared'), scale: { range: [1, 10] } },
          tooltip: [{ field: 'pair', type: 'nominal' }, { field: 'value', type: 'quantitative', title: localized('chart.provisionsShared') }],
        },
      },
      {
        data: { values: nodes },
        mark: { type: 'circle', color: '#1f77b4', opacity: 1, tooltip: true },
        encoding: { x: { field: 'x', ...axis }, y: { field: 'y', ...axis }, size: { field: 'value', type: 'quantitative', title: measureTitle(matrix.measure), scale: { range: [60, 900] } } },
      },
      {
        data: { values: nodes },
        mark: { type: 'text', dy: -16, fontSize: 12 },
        encoding: { x: { field: 'x', ...axis }, y: { field: 'y', ...axis }, text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}

export function chartSpec(kind: ChartKind, matrix: CodeMatrix): ChartSpec {
  switch (kind) {
    case 'frequencies':
      return frequencyChart(matrix);
    case 'matrix':
      return heatmapChart(matrix);
    case 'timeline':
      return timelineChart(matrix);
    case 'network':
      return networkChart(matrix);
  }
}

/** The rows and columns each chart reads, unless the user chose others: a network is tags × tags, a timeline tags × years. */
export function defaultAxes(kind: ChartKind): { readonly rows: string; readonly columns: string } {
  return kind === 'network' ? { rows: 'tags', columns: 'tags' } : kind === 'timeline' ? { rows: 'tags', columns: 'year' } : { rows: 'tags', columns: 'documents' };
}

function cellValues(matrix: CodeMatrix): { row: string; column: string; value: number }[] {
  return matrix.rows.flatMap((row, r) => matrix.columns.map((column, c) => ({ row: row.label, column: column.label, value: matrix.cells[r][c] })));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
