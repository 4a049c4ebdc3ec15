// Your own documents in a real VS Code: Add Document with an argument object, then the tree, the
// side-by-side editors, tagging, references and search on it; removed afterwards, its notes with it.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR, SpanValue, deleteFile, readText, run, startAnnotating, stopAnnotating, workspaceUri } from './annotationsHelpers';
import { closeAllEditors, policyApi, policyEditor, waitFor } from './readingHelpers';
import { closeDrafts, openDraft } from './writingHelpers';

const ID = 'pipl-2021';
// test/fixtures/documents, from out/test/integration.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const NOTES_FILE = `policy-notes/${ID}/li-wei.yaml`;

interface Added {
  readonly ok: boolean;
  readonly reason?: string;
  readonly id?: string;
  readonly provisions?: number;
  readonly aligned?: number;
}

describe('documents: a law added to the workspace works everywhere', function () {
  this.timeout(90_000);
  let api: PolicyAnnotatorApi;
  let codebook: string;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });
  after(async () => {
    await closeDrafts();
    await run('removeDocument', { document: ID });
    await deleteFile(`policy-notes/${ID}`);
    await stopAnnotating(api, codebook);
  });

  it('search, asked before the law comes, knows nothing of it', async () => {
    // The index is built now, so that the law is added to it rather than indexed with the rest.
    const results = await api.searchProvisions('标准合同');
    assert.ok(!results.some((result) => result.document === ID));
  });

  it('Add Document with { chinese, english, id } writes policy-documents/<id>/ and pairs all 74 articles', async () => {
    const added = (await vscode.commands.executeCommand<Added>('policyAnnotator.addDocument', {
      chinese: path.join(FIXTURES, 'pipl-2021.zh.md'),
      english: path.join(FIXTURES, 'pipl-2021.en.md'),
      id: ID,
    })) as Added;
    assert.ok(added?.ok, added?.reason);
    assert.strictEqual(added.id, ID);
    assert.strictEqual(added.provisions, 74);
    assert.strictEqual(added.aligned, 74);
    const yaml = await readText(`policy-documents/${ID}/document.yaml`);
    assert.match(yaml ?? '', /\nid: pipl-2021\nfiles:\n  chinese: pipl-2021\.zh\.md\n  english: pipl-2021\.en\.md\n/);
    const documents = await api.getDocuments();
    assert.deepStrictEqual(documents.map((document) => document.id), ['mobile-internet-opinions-2017', ID]);
  });

  it('shows it in the Provisions tree: document → chapters → sections → articles', async () => {
    const root = await api.describeProvisionTree();
    assert.deepStrictEqual(root.children.map((child) => child.id), ['mobile-internet-opinions-2017', ID]);
    const document = await api.describeProvisionTree(ID);
    assert.strictEqual(document.children.length, 8);
    assert.strictEqual(document.children[0].label, 'Chapter I General Provisions');
    const chapter2 = await api.describeProvisionTree(`${ID}/chapter-2`);
    assert.deepStrictEqual(chapter2.children.map((child) => child.id), [1, 2, 3].map((n) => `${ID}/chapter-2/section-${n}`));
    const article38 = await api.describeProvisionTree(`${ID}#38`);
    assert.strictEqual(article38.node?.label, 'Article 38');
    assert.strictEqual(article38.node?.parent, `${ID}/chapter-3`);
  });

  it('opens side by side at article 38, both languages', async () => {
    await api.openSideBySide({ document: ID, provision: 38 });
    const en = await waitFor('the English editor', () => policyEditor('en'));
    const zh = await waitFor('the Chinese editor', () => policyEditor('zh'));
    for (const [editor, heading, text] of [
      [en, 'Article 38', 'A personal information processor that truly needs to provide personal information'],
      [zh, '第三十八条', '个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的'],
    ] as const) {
      const lines = editor.document.getText().split('\n');
      const line = lines.indexOf(heading);
      assert.ok(line >= 0, `${heading} is a heading of ${editor.document.uri.toString()}`);
      assert.ok(lines[line + 1].startsWith(text));
      await waitFor(`${heading} to be in view`, () => editor.visibleRanges.some((range) => range.start.line <= line + 1 && line <= range.end.line));
    }
    await closeAllEditors();
  });

  it('Tag Provision writes policy-notes/<id>/<coder>.yaml', async () => {
    const outcome = await run<SpanValue>('tagProvision', { document: ID, provision: 38, tags: ['privacy'] });
    assert.ok(outcome?.ok, outcome?.reason);
    assert.deepStrictEqual(outcome.written, [NOTES_FILE]);
    const text = await readText(NOTES_FILE);
    assert.match(text ?? '', new RegExp(`\\ndocument: ${ID}\\nauthor: ${AUTHOR}\\nannotations:\\n  - id: ${outcome.value?.id}\\n    provision: 38\\n    tags: \\[privacy\\]\\n`));
    await vscode.workspace.fs.stat(workspaceUri(NOTES_FILE));
  });

  it('Insert Reference writes a reference to its article', async () => {
    const editor = await openDraft('md', 'See ');
    const inserted = await vscode.commands.executeCommand<string>('policyAnnotator.insertReference', { document: ID, provision: 38, format: 'chinese' });
    assert.strictEqual(inserted, '《中华人民共和国个人信息保护法》第三十八条');
    assert.strictEqual(editor.document.getText(), `See ${inserted}`);
    await closeDrafts();
  });

  it('search finds its text', async () => {
    const results = await api.searchProvisions('标准合同');
    assert.deepStrictEqual([results[0]?.document, results[0]?.provision], [ID, 38]);
  });

  it('Remove Document takes it out of the search, the other documents still found', async () => {
    await run('removeDocument', { document: ID });
    assert.ok(!(await api.searchProvisions('标准合同')).some((result) => result.document === ID));
    assert.strictEqual((await api.searchProvisions('伪基站'))[0]?.provision, 15);
  });
});
