// Findings in a Chinese VS Code: the matrix, a coding report and a chart speak Chinese.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { DOCUMENT, closeAllEditors, policyApi, waitFor } from '../integration/readingHelpers';

describe('findings in a Chinese VS Code (zh-cn)', () => {
  before(async () => {
    await policyApi();
  });
  afterEach(closeAllEditors);
  after(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'findings-zh'), { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('the coding report has Chinese headings, and the chart a Chinese title', async () => {
    const report = await vscode.commands.executeCommand<{ passages: number; uri: string }>('policyAnnotator.codingReport', { documents: [DOCUMENT] });
    const editor = await waitFor('the report', () => vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === report.uri));
    assert.match(editor.document.getText(), /^# 编码报告：所有已编码段落\n/);
    assert.match(editor.document.getText(), /\*\*标签:\*\* `/);
    const uri = await vscode.commands.executeCommand<string>('policyAnnotator.exportChart', { chart: 'frequencies', target: 'findings-zh/frequencies.svg' });
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    assert.ok(svg.includes('标签频次'), 'the chart is titled in Chinese');
    assert.ok(svg.includes('编码段落数'), 'its axis is named in Chinese');
  });
});
