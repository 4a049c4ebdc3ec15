import * as vscode from 'vscode';
import { CHART_KINDS, ChartKind, chartSpec } from '../../core/analysis/chartSpecs';
import { loadChartEngines } from '../../core/analysis/chartEngines';
import { CodingInput } from '../../core/analysis/codingQuery';
import { MatrixRequest, codeMatrix } from '../../core/analysis/codeMatrix';
import { renderSvg } from '../../core/analysis/renderChart';
import { matrixXlsx } from '../../core/analysis/matrixXlsx';
import { axisTitle } from '../../core/analysis/matrixWords';
import { NotesAccess } from '../annotations';
import { TagNode, tagIdOfNode } from '../annotations/itemIds';
import { Call } from '../commands/declaration';
import { Refused, isRefused, refused } from '../commands/result';
import { writeExport } from '../workspaceFileSystem';
import { Services } from '../services';
import { ChartRequest, WorkbookRequest, chartMatrixRequest, readMatrixRequest, readWorkbookRequest } from './analysisArgs';
import { openReport } from './codingReportCommand';
import { MatrixPanel } from './matrixPanel';
import { analysisRefusal } from './refusals';

export interface OpenedMatrix {
  readonly measure: string;
  readonly rows: readonly { readonly id: string; readonly label: string }[];
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly cells: readonly (readonly number[])[];
}

async function codingInput(services: Services, notes: NotesAccess): Promise<CodingInput | Refused> {
  const store = await notes.storeToRead();
  return isRefused(store) ? store : { annotations: store.annotations(), codebook: store.codebook, library: await services.getLibrary() };
}

/**
 * `policyAnnotator.openCodeMatrix` `{ rows?, columns?, measure?, tags?, documents?, where?, authors? }`
 * opens the code matrix (tags × documents, counting passages, by default) and returns it. From a
 * tag in the Tags view, the tag and the tags under it against the documents.
 */
export function openCodeMatrixCommand(context: vscode.ExtensionContext, services: Services, notes: NotesAccess): (call: Call<MatrixRequest, TagNode>) => Promise<OpenedMatrix | Refused> {
  let current: MatrixPanel | undefined;
  return async (call) => {
    const read = 'args' in call ? { ok: true as const, value: call.args } : readMatrixRequest(call.item ? { tags: [tagIdOfNode(call.item)] } : {});
    if (!read.ok) {
      return refused(read.reason);
    }
    const input = await codingInput(services, notes);
    if (isRefused(input)) {
      return input;
    }
    current?.dispose();
    try {
      current = await MatrixPanel.open(context.extensionUri, input, read.value, {
        openCell: (selection) => openReport(services, notes, selection.expression, selection.restriction, selection.title),
        exportCsv: (csv) => saveFile(csv, 'code-matrix.csv', notes),
        exportXlsx: (xlsx) => saveFile(xlsx, 'code-matrix.xlsx', notes),
        exportChart: (request) => exportChart(services, notes, { kind: 'matrix', request }),
      });
    } catch (error) {
      return refused(analysisRefusal(error, undefined));
    }
    const { measure, rows, columns, cells } = current.matrix;
    return { measure, rows, columns, cells };
  };
}

/**
 * `policyAnnotator.exportChart` `{ chart, target?, rows?, columns?, measure?, tags?, documents?, where?, authors? }`
 * (`chart`, not `kind`: an object with a kind is a tree node to the commands):
 * draws frequencies, the matrix, codes over time or the co-occurrence network as SVG into
 * `target` (a path in the workspace folder), or where the user chooses; returns the file's URI.
 */
export function exportChartCommand(services: Services, notes: NotesAccess): (call: Call<ChartRequest, never>) => Promise<string | Refused | undefined> {
  return async (call) => {
    if ('args' in call) {
      return exportChart(services, notes, call.args);
    }
    const kind = await vscode.window.showQuickPick(
      CHART_KINDS.map((chart) => ({ label: chartLabel(chart), chart })),
      { title: vscode.l10n.t('Export Chart') },
    );
    if (!kind) {
      return undefined;
    }
    const request = chartMatrixRequest(kind.chart, {});
    return request.ok ? exportChart(services, notes, { kind: kind.chart, request: request.value }) : refused(request.reason);
  };
}

function chartLabel(kind: ChartKind): string {
  const labels: Record<ChartKind, string> = {
    frequencies: vscode.l10n.t('Tag frequencies'),
    matrix: vscode.l10n.t('Code matrix (heatmap)'),
    timeline: vscode.l10n.t('Codes over time'),
    network: vscode.l10n.t('Co-occurrence network'),
  };
  return labels[kind];
}

async function exportChart(services: Services, notes: NotesAccess, chart: ChartRequest): Promise<string | Refused | undefined> {
  const input = await codingInput(services, notes);
  if (isRefused(input)) {
    return input;
  }
  let svg: string;
  try {
    svg = await renderSvg(chartSpec(chart.kind, codeMatrix(input, chart.request)), await loadChartEngines());
  } catch (error) {
    return refused(analysisRefusal(error, undefined));
  }
  return saveFile(svg, chart.target ?? `${chart.kind}.svg`, notes, chart.target !== undefined);
}

/**
 * `policyAnnotator.exportMatrixXlsx` `{ target?, rows?, columns?, measure?, tags?, documents?, where?, authors? }`:
 * the code matrix (tags × documents, counting passages, by default) as an Excel workbook into
 * `target` (a path in the workspace folder), or where the user chooses; returns the file's URI.
 */
export function exportMatrixXlsxCommand(services: Services, notes: NotesAccess): (call: Call<WorkbookRequest, never>) => Promise<string | Refused | undefined> {
  return async (call) => {
    const read = 'args' in call ? { ok: true as const, value: call.args } : readWorkbookRequest({});
    if (!read.ok) {
      return refused(read.reason);
    }
    const { target: given, request } = read.value;
    const input = await codingInput(services, notes);
    if (isRefused(input)) {
      return input;
    }
    let xlsx: Uint8Array;
    try {
      xlsx = await matrixXlsx(codeMatrix(input, request), axisTitle(request.rows));
    } catch (error) {
      return refused(analysisRefusal(error, undefined));
    }
    return saveFile(xlsx, given ?? 'code-matrix.xlsx', notes, given !== undefined);
  };
}

/** Writes an export to a workspace path given by the caller, or where the user chooses (starting there); the URI written. */
async function saveFile(content: string | Uint8Array, name: string, notes: NotesAccess, given = false): Promise<string | Refused | undefined> {
  const suggested = notes.service.uriOf(name);
  const target = given ? suggested : await vscode.window.showSaveDialog({ ...(suggested && { defaultUri: suggested }) });
  if (!target) {
    return given ? refused(vscode.l10n.t('Open a folder to keep notes in.')) : undefined;
  }
  await writeExport(target, content);
  return target.toString();
}
