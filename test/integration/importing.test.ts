// Adding a folder at once in a real VS Code: Add Documents with an argument object on a folder of
// three files (Markdown, a Word document, a GB18030 text), then a Chinese-only law in one editor.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { run } from './annotationsHelpers';
import { closeAllEditors, policyApi } from './readingHelpers';

// test/fixtures/documents, from out/test/integration.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const FOLDER = 'import-inbox';
const FILES = ['e-commerce-law-2018.zh.md', 'formats/anti-telecom-fraud-law-2022.docx', 'ports-opening-provisions-1985.gb18030.txt'];

interface Summary {
  readonly ok: boolean;
  readonly reason?: string;
  readonly added: readonly { id: string; provisions: number; extracted: boolean }[];
  readonly present: readonly { id: string }[];
  readonly refused: readonly { path: string; reason: string }[];
}

describe('importing: a folder added at once', function () {
  this.timeout(120_000);
  const workspace = () => vscode.workspace.workspaceFolders![0].uri;
  let added: readonly string[] = [];

  before(async () => {
    await policyApi();
    for (const file of FILES) {
      await vscode.workspace.fs.copy(vscode.Uri.file(path.join(FIXTURES, file)), vscode.Uri.joinPath(workspace(), FOLDER, path.basename(file)), { overwrite: true });
    }
  });
  after(async () => {
    await closeAllEditors();
    for (const id of added) {
      await run('removeDocument', { document: id });
    }
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspace(), FOLDER), { recursive: true, useTrash: false });
  });

  it('Add Documents with { paths } adds the three files, the Word text extracted; again, it adds nothing', async () => {
    const summary = (await vscode.commands.executeCommand<Summary>('policyAnnotator.addDocuments', { paths: [FOLDER] })) as Summary;
    assert.ok(summary?.ok, summary?.reason);
    assert.deepStrictEqual(summary.refused, []);
    assert.deepStrictEqual(
      summary.added.map(({ id, provisions, extracted }) => [id, provisions, extracted]),
      [
        ['anti-telecom-fraud-law-2022', 50, true],
        ['e-commerce-law-2018', 89, false],
        ['ports-opening-provisions-1985-gb18030', 12, false],
      ],
    );
    added = summary.added.map((document) => document.id);
    const original = await vscode.workspace.fs.stat(vscode.Uri.joinPath(workspace(), 'policy-documents', 'anti-telecom-fraud-law-2022', 'anti-telecom-fraud-law-2022.docx'));
    assert.ok(original.size > 0);
    const again = (await vscode.commands.executeCommand<Summary>('policyAnnotator.addDocuments', { paths: [FOLDER] })) as Summary;
    assert.deepStrictEqual(again.added, []);
    assert.strictEqual(again.present.length, 3);
  });

  it('a Chinese-only law opens in one editor, not beside a column of "(no English translation)"', async () => {
    await closeAllEditors();
    const editors = (await vscode.commands.executeCommand<{ left: string; right?: string }>('policyAnnotator.openSideBySide', { document: 'e-commerce-law-2018', provision: 38 }))!;
    assert.strictEqual(editors.right, undefined);
    const visible = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.scheme === 'policy-text');
    assert.strictEqual(visible.length, 1);
    assert.match(visible[0].document.getText(), /第三十八条/);
    assert.doesNotMatch(visible[0].document.getText(), /no English translation/);
  });
});
