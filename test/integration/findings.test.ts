// Findings: the code matrix, a cell's coding report and a chart, in a real VS Code.

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { readText, startAnnotating, stopAnnotating } from './annotationsHelpers';
import { DOCUMENT, closeAllEditors, policyApi, waitFor } from './readingHelpers';
import { xlsxCells } from '../unit/helpers/xlsxCells';

const WEBVIEW_REQUEST = 'host: webview ';

interface OpenedMatrix {
  readonly measure: string;
  readonly rows: readonly { readonly id: string; readonly label: string }[];
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly cells: readonly (readonly number[])[];
}

function matrixTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('policyAnnotator.codeMatrix'));
}

describe('findings: code matrix, coding reports and charts', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });

  after(async () => {
    await stopAnnotating(api, codebook, ['exports/frequencies.svg', 'exports/matrix.xlsx', 'exports']);
  });

  afterEach(() => closeAllEditors());

  it('opens from the palette with an argument object: a webview with the counts of the notes', async () => {
    const matrix = await vscode.commands.executeCommand<OpenedMatrix>('policyAnnotator.openCodeMatrix', { rows: 'tags', columns: 'documents', measure: 'passages' });
    await waitFor('the matrix editor', () => matrixTabs().length === 1);
    const annotations = await api.getAnnotations();
    const column = matrix.columns.findIndex((header) => header.id === DOCUMENT);
    assert.ok(column >= 0, JSON.stringify(matrix.columns));
    for (const [row, header] of matrix.rows.entries()) {
      const expected = annotations.filter((annotation) => annotation.document === DOCUMENT && annotation.tags.includes(header.id)).length;
      // A parent counts its children too: the row is at least the passages tagged with it.
      assert.ok(matrix.cells[row][column] >= expected, `${header.id}: ${matrix.cells[row][column]} < ${expected}`);
    }
    assert.ok(matrix.cells.flat().some((count) => count > 0), 'the fixture notes are counted');
  });

  it('opens from a tag of the Tags view, for that tag', async () => {
    const tags = await api.describeTagsView();
    const first = tags.children[0];
    assert.ok(first, 'the Tags view shows a tag');
    const id = first.id.replace(/^tag:/, '');
    const matrix = await vscode.commands.executeCommand<OpenedMatrix>('policyAnnotator.openCodeMatrix', { kind: 'tag', id: first.id });
    await waitFor('the matrix editor', () => matrixTabs().length === 1);
    assert.deepStrictEqual(
      matrix.rows.map((row) => row.id),
      [id],
    );
  });

  it('a cell’s coding report opens beside it, with the provisions of the cell', async () => {
    const annotations = await api.getAnnotations();
    const tag = annotations.find((annotation) => annotation.tags.length > 0)!.tags[0];
    const report = await vscode.commands.executeCommand<{ passages: number; uri: string }>('policyAnnotator.codingReport', { expression: tag, documents: [DOCUMENT] });
    const editor = await waitFor('the report', () => vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === report.uri));
    const text = editor.document.getText();
    assert.match(text, new RegExp(`^# .*${tag}`));
    assert.match(text, new RegExp(`\\(policy-annotator:/${DOCUMENT}/\\d+\\)`));
    assert.ok(report.passages >= annotations.filter((annotation) => annotation.tags.includes(tag)).length);
    const bad = await vscode.commands.executeCommand<{ ok: boolean; reason: string }>('policyAnnotator.codingReport', { expression: `${tag} AND (` });
    assert.strictEqual(bad.ok, false);
    assert.match(bad.reason, /at character/);
  });

  it('exports a chart as SVG that names the tags', async () => {
    const uri = await vscode.commands.executeCommand<string>('policyAnnotator.exportChart', { chart: 'frequencies', target: 'exports/frequencies.svg' });
    assert.ok(uri.endsWith('exports/frequencies.svg'), uri);
    const svg = (await readText('exports/frequencies.svg')) ?? '';
    assert.match(svg, /^<svg /);
    const matrix = await vscode.commands.executeCommand<OpenedMatrix>('policyAnnotator.openCodeMatrix', {});
    for (const row of matrix.rows) {
      assert.ok(svg.includes(row.label), `the chart names ${row.label}`);
    }
  });

  it('exports the matrix as an XLSX workbook whose cells are the matrix', async () => {
    const request = { rows: 'tags', columns: 'documents', measure: 'provisions' };
    const matrix = await vscode.commands.executeCommand<OpenedMatrix>('policyAnnotator.openCodeMatrix', request);
    const uri = await vscode.commands.executeCommand<string>('policyAnnotator.exportMatrixXlsx', { ...request, target: 'exports/matrix.xlsx' });
    assert.ok(uri.endsWith('exports/matrix.xlsx'), uri);
    const cells = xlsxCells(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    assert.deepStrictEqual(cells, [['Tag', ...matrix.columns.map((column) => column.label)], ...matrix.rows.map((row, index) => [row.label, ...matrix.cells[index]])]);
    assert.ok(matrix.cells.flat().some((count) => count > 0), 'the fixture notes are counted');
  });

  it('a click on a cell of the matrix opens the coding report of that cell', async () => {
    const matrix = await vscode.commands.executeCommand<OpenedMatrix>('policyAnnotator.openCodeMatrix', { rows: 'tags', columns: 'documents', measure: 'passages' });
    await waitFor('the matrix editor', () => matrixTabs().length === 1);
    const row = matrix.rows.findIndex((_, index) => matrix.cells[index].some((count) => count > 0));
    const column = matrix.cells[row].findIndex((count) => count > 0);
    const before = new Set(vscode.workspace.textDocuments);
    // The launcher clicks the cell in the page, as a person would (test/host/webview-request.mjs).
    console.log(`${WEBVIEW_REQUEST}${JSON.stringify({ click: `button.cell[data-row="${row}"][data-column="${column}"]` })}`);
    const report = await waitFor('the cell’s report', () => vscode.workspace.textDocuments.find((document) => !before.has(document) && document.languageId === 'markdown' && document.uri.scheme === 'untitled'));
    const text = report.getText();
    assert.ok(text.split('\n')[0].includes(`${matrix.rows[row].label} × ${matrix.columns[column].label}`), text.split('\n')[0]);
    const links = text.match(new RegExp(`\\(policy-annotator:/${matrix.columns[column].id}/\\d+\\)`, 'g')) ?? [];
    assert.ok(links.length > 0, text);
    // The report is an unsaved document: reverted, so that no later report is taken for it.
    await vscode.window.showTextDocument(report);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
