// The Criminal Law's inserted articles (第一百二十条之一 …) in a real VS Code: added, opened, tagged,
// cited, recognised and found as provisions of their own.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseNumberKey } from '../../src/core/model';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR, SpanValue, readText, run, startAnnotating, stopAnnotating, removeDocuments } from './annotationsHelpers';
import { closeAllEditors, policyApi, policyEditor, waitFor } from './readingHelpers';
import { closeDrafts, hoverText, openDraft, positionOf } from './writingHelpers';

const ID = 'criminal-law';
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const INSERTED = parseNumberKey('120-1');
const INSERTED_TEXT = '资助恐怖活动组织、实施恐怖活动的个人的';

describe('inserted articles: the Criminal Law’s 第一百二十条之一 in the real host', function () {
  this.timeout(90_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
  });
  after(async () => {
    await closeDrafts();
    await closeAllEditors();
    await removeDocuments([ID]);
    await stopAnnotating(api, codebook);
  });

  it('adds the law with each inserted article a provision of its own, shown in the tree', async () => {
    const added = (await vscode.commands.executeCommand<{ ok: boolean; reason?: string; provisions?: number }>('policyAnnotator.addDocument', {
      chinese: path.join(FIXTURES, 'criminal-law-excerpt.zh.md'),
      id: ID,
    }))!;
    assert.ok(added?.ok, added?.reason);
    assert.strictEqual(added.provisions, 10);
    const node = await api.describeProvisionTree(`${ID}#120-1`);
    assert.match(node.node?.label ?? '', /第一百二十条之一|120-1/);
  });

  it('opens it side by side at 第一百二十条之一', async () => {
    await api.openSideBySide({ document: ID, provision: INSERTED });
    const zh = await waitFor('the Chinese editor', () => policyEditor('zh'));
    const lines = zh.document.getText().split('\n');
    const line = lines.indexOf('第一百二十条之一');
    assert.ok(line >= 0, '第一百二十条之一 is a heading of its own');
    assert.ok(lines[line + 1].startsWith(INSERTED_TEXT));
    await closeAllEditors();
  });

  it('tags it, the note keyed 120-1 in the sidecar', async () => {
    const outcome = await run<SpanValue>('tagProvision', { document: ID, provision: '120-1', tags: ['privacy'] });
    assert.ok(outcome?.ok, outcome?.reason);
    assert.strictEqual(outcome.written?.length, 1);
    const text = await readText(outcome.written?.[0] ?? '');
    assert.match(text ?? '', new RegExp(`\nauthor: ${AUTHOR}\n`));
    assert.match(text ?? '', /\n {4}provision: '?120-1'?\n/);
  });

  it('cites it 第一百二十条之一 and recognises the citation in a draft', async () => {
    const editor = await openDraft('md', '见');
    const inserted = await vscode.commands.executeCommand<string>('policyAnnotator.insertReference', { document: ID, provision: '120-1', format: 'chinese' });
    assert.strictEqual(inserted, '《中华人民共和国刑法》第一百二十条之一');
    assert.strictEqual(editor.document.getText(), `见${inserted}`);
    const hovers = await waitFor('a hover on the reference', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, '刑法'));
      return hoverText(found).includes(INSERTED_TEXT) ? found : undefined;
    });
    assert.match(hoverText(hovers), new RegExp(INSERTED_TEXT));
    await closeDrafts();
  });

  it('finds it by search, by its words and by its name', async () => {
    const byWords = await api.searchProvisions('资助恐怖活动培训');
    assert.deepStrictEqual([byWords[0]?.document, byWords[0]?.provision], [ID, INSERTED]);
    const byName = await api.searchProvisions(`${ID}#第一百二十条之一`);
    assert.deepStrictEqual([byName[0]?.document, byName[0]?.provision], [ID, INSERTED]);
  });
});
