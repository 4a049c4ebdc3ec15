// Versions of a document in a real VS Code: the two Wildlife Protection Laws added to the workspace,
// compared (view, diff editor, hover), and one coder's notes carried from the 2018 text to the 2022 one.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR, CODEBOOK_FILE, deleteFile, readBytes, readText, startAnnotating, stopAnnotating, workspaceUri, writeText } from './annotationsHelpers';
import { closeAllEditors, policyApi, waitFor } from './readingHelpers';

const OLD = 'wildlife-protection-law-2018';
const NEW = 'wildlife-protection-law-2022';
const OLD_NOTES = `policy-notes/${OLD}/li-wei.yaml`;
const NEW_NOTES = `policy-notes/${NEW}/li-wei.yaml`;
const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');

interface Changes {
  readonly old: string;
  readonly new: string;
  readonly changes: readonly { kind: string; old: number | null; new: number | null }[];
}

interface Carried {
  readonly ok: boolean;
  readonly items: readonly { from: string; to: string; provisions: [number, number]; landing: string; done: boolean }[];
  readonly added: readonly string[];
  readonly written: readonly string[];
  readonly failures: readonly string[];
}

/** A span annotation as the store writes it: the quote with 32 characters of context each side. */
function span(text: string, exact: string, id: string, provision: number): string {
  const start = text.indexOf(exact);
  assert.ok(start >= 0, `“${exact}” is in article ${provision}`);
  const end = start + exact.length;
  return [
    `  - id: ${id}`,
    `    provision: ${provision}`,
    '    span:',
    '      language: zh',
    `      exact: ${JSON.stringify(exact)}`,
    `      prefix: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}`,
    `      suffix: ${JSON.stringify(text.slice(end, end + 32))}`,
    `      start: ${start}`,
    `      end: ${end}`,
    '    tags: [security]',
    '    created: 2024-05-01T10:00:00Z',
    '    updated: 2024-05-01T10:00:00Z',
  ].join('\n');
}

describe('versions: comparing the two Wildlife Protection Laws and carrying notes forward', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;
  let oldNotes: string;

  before(async function () {
    // Documents come into the workspace with Add Document (issue 14); until that command exists there is nothing to compare.
    if (!(await vscode.commands.getCommands(true)).includes('policyAnnotator.addDocument')) {
      this.skip();
    }
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
    for (const id of [OLD, NEW]) {
      const added = await vscode.commands.executeCommand<{ ok?: boolean; reason?: string }>('policyAnnotator.addDocument', { chinese: path.join(FIXTURES, `${id}.zh.md`), id });
      assert.ok(added?.ok !== false, added?.reason);
    }
    await waitFor('both versions in the library', async () => (await api.getDocuments()).filter((document) => document.id === OLD || document.id === NEW).length === 2, 20_000);
    const text = async (number: number) => (await api.getProvision(OLD, number))?.text.zh ?? '';
    oldNotes = [
      '# Policy Annotator notes: one coder\'s annotations on one document.',
      '',
      'version: 1',
      `document: ${OLD}`,
      `author: ${AUTHOR}`,
      'annotations:',
      span(await text(6), '禁止违法猎捕野生动物', 'a0000001', 6),
      span(await text(6), '向有关部门和机关', 'a0000002', 6),
      span(await text(31), (await text(31)).slice(0, 12), 'a0000003', 31),
      '  - id: a0000004',
      '    provision: 58',
      '    tags: [innovation]',
      '    note: The date of entry into force.',
      '    created: 2024-05-01T10:00:00Z',
      '    updated: 2024-05-01T10:00:00Z',
      '',
    ].join('\n');
    await writeText(OLD_NOTES, oldNotes);
    await waitFor('the store to read the notes on the 2018 law', async () => (await api.getAnnotations(OLD)).length === 4, 20_000);
  });

  after(async () => {
    if (!api) {
      return;
    }
    await vscode.commands.executeCommand('policyAnnotator.closeVersionComparison');
    await closeAllEditors();
    for (const file of [OLD_NOTES, NEW_NOTES]) {
      await deleteFile(file);
    }
    for (const id of [OLD, NEW]) {
      await vscode.workspace.fs.delete(workspaceUri(`policy-documents/${id}`), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await stopAnnotating(api, codebook);
    assert.ok(await readText(CODEBOOK_FILE));
  });

  it('compares the versions ({ old, new }): six articles added, none removed, every old article once', async () => {
    const result = await vscode.commands.executeCommand<Changes>('policyAnnotator.compareVersions', { old: OLD, new: NEW });
    assert.strictEqual(result?.old, OLD);
    assert.deepStrictEqual(result.changes.filter((change) => change.kind === 'added').map((change) => change.new), [27, 36, 38, 50, 57, 63]);
    const olds = result.changes.flatMap((change) => (change.old === null ? [] : [change.old])).sort((a, b) => a - b);
    assert.deepStrictEqual(olds, Array.from({ length: 58 }, (_, index) => index + 1));
    assert.deepStrictEqual(result.changes.find((change) => change.old === 31), { kind: 'renumbered', old: 31, new: 32 });
  });

  it('opens a change in the diff editor, the 2018 text on the left and the 2022 text on the right', async () => {
    await vscode.commands.executeCommand('policyAnnotator.openVersionChange', { old: OLD, new: NEW, oldProvision: 27, newProvision: 28 });
    const input = await waitFor('a diff editor', () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return tab instanceof vscode.TabInputTextDiff ? tab : undefined;
    });
    assert.match(decodeURIComponent(input.original.path), new RegExp(`^/${OLD}/`));
    assert.match(decodeURIComponent(input.modified.path), new RegExp(`^/${NEW}/`));
    const modified = await waitFor('the 2022 side', () => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === input.modified.toString()));
    assert.match(modified.document.getText(modified.selection), /禁止出售、购买、利用国家重点保护野生动物及其制品/);
  });

  it('shows the old wording when hovering a changed article of the 2022 text', async () => {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as vscode.TabInputTextDiff;
    const document = await vscode.workspace.openTextDocument(input.modified);
    const at = document.getText().indexOf('本法自2023年5月1日起施行');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 3));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
    assert.match(text, /~~2017~~\*\*2023\*\*/);
  });

  it('carries the notes: the same words on the new article, revised words followed, a lost quote kept as an orphan', async () => {
    const carried = await vscode.commands.executeCommand<Carried>('policyAnnotator.carryNotes', { old: OLD, new: NEW });
    assert.ok(carried?.ok);
    assert.deepStrictEqual(carried.failures, []);
    assert.deepStrictEqual(carried.written, [NEW_NOTES]);
    assert.deepStrictEqual(
      carried.items.map((item) => [item.provisions, item.landing]),
      [
        [[6, 6], 'fuzzy'],
        [[6, 6], 'orphaned'],
        [[31, 32], 'exact'],
        [[58, 64], 'whole'],
      ],
    );
    const text = await readText(NEW_NOTES);
    assert.ok(text);
    assert.match(text, new RegExp(`\\ndocument: ${NEW}\\nauthor: ${AUTHOR}\\nannotations:\\n`));
    assert.match(text, /provision: 6\n {4}span:\n {6}language: zh\n {6}exact: 禁止违法猎捕、运输、交易野生动物\n/);
    assert.match(text, /provision: 6\n {4}span:\n {6}language: zh\n {6}exact: 向有关部门和机关\n/);
    assert.match(text, /provision: 64\n {4}tags: \[innovation\]\n {4}note: The date of entry into force\.\n/);
    assert.strictEqual(await readText(OLD_NOTES), oldNotes);
  });

  it('lists the orphan under its article of the 2022 text, and the others where they belong', async () => {
    const level = await waitFor('the carried notes in the Provisions tree', async () => {
      const described = await api.describeProvisionTree(`${NEW}#6`);
      return described.children.length === 2 ? described : undefined;
    });
    const descriptions = level.children.map((child) => child.description ?? '');
    assert.strictEqual(descriptions.filter((description) => description.includes('(orphaned)')).length, 1, descriptions.join(' | '));
    assert.match(descriptions.find((description) => description.includes('(orphaned)')) ?? '', /向有关部门和机关/);
    const renumbered = await api.describeProvisionTree(`${NEW}#32`);
    assert.strictEqual(renumbered.children.length, 1);
  });

  it('adds nothing when run again: no write, the same bytes', async () => {
    const before = await readBytes(NEW_NOTES);
    const again = await vscode.commands.executeCommand<Carried>('policyAnnotator.carryNotes', { old: OLD, new: NEW });
    assert.deepStrictEqual([again?.added, again?.written], [[], []]);
    assert.ok(again.items.every((item) => item.done));
    assert.deepStrictEqual(await readBytes(NEW_NOTES), before);
  });
});
