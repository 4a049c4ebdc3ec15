import * as vscode from 'vscode';
import { cellSelection } from '../../core/analysis/cellSelection';
import { CodingInput } from '../../core/analysis/codingQuery';
import { CodeMatrix, MatrixRequest, codeMatrix } from '../../core/analysis/codeMatrix';
import { heatmapChart } from '../../core/analysis/chartSpecs';
import { isNoChartEngines, loadChartEngines } from '../../core/analysis/chartEngines';
import { matrixCsv } from '../../core/analysis/matrixFormats';
import { matrixXlsx } from '../../core/analysis/matrixXlsx';
import { axisTitle, measureTitle } from '../../core/analysis/matrixWords';
import { renderSvg } from '../../core/analysis/renderChart';
import { matrixHtml } from './matrixHtml';

/** What the page may ask, checked as command arguments are: anything else is ignored. */
export type MatrixMessage = { readonly type: 'openCell'; readonly row: number; readonly column: number } | { readonly type: 'export'; readonly what: 'csv' | 'xlsx' | 'chart' };

export function readMatrixMessage(message: unknown, matrix: CodeMatrix): MatrixMessage | undefined {
  if (typeof message !== 'object' || message === null) {
    return undefined;
  }
  const { type, row, column, what } = message as Record<string, unknown>;
  const index = (value: unknown, size: number) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < size;
  if (type === 'openCell' && index(row, matrix.rows.length) && index(column, matrix.columns.length)) {
    return { type, row: row as number, column: column as number };
  }
  return type === 'export' && (what === 'csv' || what === 'xlsx' || what === 'chart') ? { type, what } : undefined;
}

/** What the panel does for the page: open a cell's coding report, export. */
export interface MatrixActions {
  openCell(selection: ReturnType<typeof cellSelection>): Promise<unknown>;
  exportCsv(csv: string): Promise<unknown>;
  exportXlsx(xlsx: Uint8Array): Promise<unknown>;
  exportChart(request: MatrixRequest): Promise<unknown>;
}

/**
 * A code matrix in a webview editor: the table (keyboard-navigable, a plain table for screen
 * readers) and its heatmap. Messages from the page are validated before anything is done.
 */
export class MatrixPanel {
  static readonly viewType = 'policyAnnotator.codeMatrix';
  private readonly panel: vscode.WebviewPanel;

  private constructor(
    extensionUri: vscode.Uri,
    readonly request: MatrixRequest,
    readonly matrix: CodeMatrix,
    actions: MatrixActions,
  ) {
    const title = vscode.l10n.t('Code Matrix');
    this.panel = vscode.window.createWebviewPanel(MatrixPanel.viewType, title, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
    });
    this.panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = readMatrixMessage(raw, matrix);
      if (message?.type === 'openCell') {
        void actions.openCell(cellSelection(request, matrix, message.row, message.column));
      } else if (message?.what === 'csv') {
        void actions.exportCsv(matrixCsv(matrix, axisTitle(request.rows)));
      } else if (message?.what === 'xlsx') {
        void matrixXlsx(matrix, axisTitle(request.rows)).then((xlsx) => actions.exportXlsx(xlsx));
      } else if (message?.what === 'chart') {
        void actions.exportChart(request);
      }
    });
  }

  /** Counts the matrix and shows it; throws what codeMatrix throws (an unknown tag or attribute). */
  static async open(extensionUri: vscode.Uri, input: CodingInput, request: MatrixRequest, actions: MatrixActions): Promise<MatrixPanel> {
    const matrix = codeMatrix(input, request);
    const panel = new MatrixPanel(extensionUri, request, matrix, actions);
    const webview = panel.panel.webview;
    const chart = matrix.rows.length > 0 && matrix.columns.length > 0 ? await heatmap(matrix) : undefined;
    webview.html = matrixHtml(
      matrix,
      {
        title: vscode.l10n.t('Code Matrix: {0}', measureTitle(request.measure)),
        corner: `${axisTitle(request.rows)} \\ ${axisTitle(request.columns)}`,
        caption: vscode.l10n.t('{0} by {1} and {2}. Arrow keys move between cells; Enter opens the coding report of a cell.', measureTitle(request.measure), axisTitle(request.rows), axisTitle(request.columns)),
        exportCsv: vscode.l10n.t('Export CSV…'),
        exportXlsx: vscode.l10n.t('Export XLSX…'),
        exportChart: vscode.l10n.t('Export Chart…'),
        chartAlt: vscode.l10n.t('The matrix as a heatmap'),
      },
      { nonce: nonce(), cspSource: webview.cspSource, script: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'codeMatrix.js')).toString(), ...chart },
    );
    return panel;
  }

  dispose(): void {
    this.panel.dispose();
  }
}

/** A fresh nonce per page, from the platform's cryptographic random numbers (Node and web workers both have them). */
function nonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The heatmap beside the table; none where charts cannot be drawn (the web worker host has no
 * chart engines, see scripts/build.mjs): the table holds the same figures, so the matrix still
 * opens. Any other failure to draw it is shown where the chart would be.
 */
async function heatmap(matrix: CodeMatrix): Promise<{ chartSvg: string } | { chartError: string } | undefined> {
  try {
    return { chartSvg: await renderSvg(heatmapChart(matrix), await loadChartEngines()) };
  } catch (error) {
    return isNoChartEngines(error) ? undefined : { chartError: vscode.l10n.t('The heatmap could not be drawn: {0}', error instanceof Error ? error.message : String(error)) };
  }
}
