// Words in a real VS Code: the Words view from the palette for the law being read (jieba cutting in
// the extension's worker), the workspace's dictionary and stop words, and a word opening its concordance.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ConcordanceLine, WordFrequency } from '../../src/core/corpus';
import { deleteFile, writeText, removeDocuments } from './annotationsHelpers';
import { policyApi, policyEditor, waitFor } from './readingHelpers';

// test/fixtures/documents, from out/test/integration.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const LAW = 'e-commerce-law-2018';
const OTHER = 'pipl-2021';

interface WordsResult {
  readonly scope: string;
  readonly words: readonly WordFrequency[];
}

describe('words: the Words view, jieba in a worker, a word opens its concordance', function () {
  this.timeout(180_000);

  before(async () => {
    await policyApi();
    for (const id of [LAW, OTHER]) {
      const added = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('policyAnnotator.addDocument', { chinese: path.join(FIXTURES, `${id}.zh.md`), id });
      assert.ok(added?.ok, added?.reason);
    }
  });
  after(async () => {
    await removeDocuments([LAW, OTHER]);
    await deleteFile('policy-notes/dictionary.txt');
    await deleteFile('policy-notes/stopwords.txt');
  });

  it('from the palette, on the law being read, lists its words (not characters, no 的 or 和), and a word opens its concordance', async () => {
    const api = await policyApi();
    await api.openSideBySide({ document: LAW, provision: 1 });
    const zh = await waitFor('the Chinese editor of the law', () => {
      const editor = policyEditor('zh');
      return editor?.document.uri.toString().includes(LAW) && editor;
    });
    await vscode.window.showTextDocument(zh.document, zh.viewColumn);
    const running = vscode.commands.executeCommand<WordsResult>('policyAnnotator.words');
    // The pick offers the document being read first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const result = await running;
    assert.strictEqual(result.scope, LAW);
    const top = result.words.slice(0, 20);
    assert.strictEqual(top.length, 20);
    assert.ok(top.filter(({ word }) => [...word].length >= 2).length >= 16, top.map(({ word }) => word).join(' '));
    assert.ok(!result.words.some(({ word }) => ['的', '和', '或者'].includes(word)));
    assert.strictEqual(top[0].word, '电子商务');
    assert.ok(top[0].keyness! > 10, 'the law’s subject is its key word against the other law');

    const shown = await api.describeWordsView();
    assert.deepStrictEqual(
      shown.map((item) => item.label),
      result.words.map(({ word }) => word),
    );
    const click = shown[0].command!;
    const concordance = await vscode.commands.executeCommand<{ lines: readonly ConcordanceLine[] }>(click.command, ...click.arguments);
    assert.ok(concordance.lines.length >= top[0].count);
    assert.ok(concordance.lines.every((line) => line.match === '电子商务'));
  });

  it('{ where, top } counts the documents meeting the condition; the workspace’s dictionary keeps a term whole and its stop words leave words out', async () => {
    const before = await vscode.commands.executeCommand<WordsResult>('policyAnnotator.words', { document: LAW, top: 200 });
    assert.ok(!before.words.some(({ word }) => word === '电子商务经营者'));
    assert.ok(before.words.some(({ word }) => word === '经营者'));
    await writeText('policy-notes/dictionary.txt', '# kept whole\n电子商务经营者\n');
    await writeText('policy-notes/stopwords.txt', '消费者\n');
    const after = await vscode.commands.executeCommand<WordsResult>('policyAnnotator.words', { document: LAW, top: 200 });
    assert.ok(after.words.some(({ word }) => word === '电子商务经营者'), after.words.map(({ word }) => word).join(' '));
    assert.ok(!after.words.some(({ word }) => word === '消费者'));

    const year = await vscode.commands.executeCommand<WordsResult>('policyAnnotator.words', { where: 'year=2021', top: 10 });
    assert.strictEqual(year.words.length, 10);
    assert.ok(year.words.some(({ word }) => word === '个人信息'), year.words.map(({ word }) => word).join(' '));
    assert.ok(year.words.every(({ documents }) => documents === 1));
  });
});
