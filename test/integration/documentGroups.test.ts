// The Provisions view grouped by a document attribute, in a real VS Code: groups from the
// documents' facts, each with the documents whose attribute has its value.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { removeDocuments } from './annotationsHelpers';
import { policyApi } from './readingHelpers';

// test/fixtures/documents, from out/test/integration.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const ADDED = ['pipl-2021', 'ports-opening-provisions-1985', 'e-commerce-law-2018'];

interface Grouping {
  readonly attribute: string | null;
  readonly groups: readonly { readonly value: string | null; readonly documents: readonly string[] }[];
}

describe('document groups: the Provisions view grouped by an attribute', function () {
  this.timeout(90_000);
  let api: PolicyAnnotatorApi;

  before(async () => {
    api = await policyApi();
    for (const id of ADDED) {
      const added = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('policyAnnotator.addDocument', { chinese: path.join(FIXTURES, `${id}.zh.md`), id });
      assert.ok(added?.ok, added?.reason);
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('policyAnnotator.groupDocumentsBy', { attribute: 'none' });
    await removeDocuments(ADDED);
  });

  it('Group Documents By { attribute: "type" } shows a group per type, with its documents and their count', async () => {
    const grouping = await vscode.commands.executeCommand<Grouping>('policyAnnotator.groupDocumentsBy', { attribute: 'type' });
    assert.strictEqual(grouping.attribute, 'type');
    // What the view must show: the type each document has once parsed (the groups never parse).
    const expected = new Map<string, string[]>();
    for (const document of await api.getDocuments()) {
      const key = document.type ?? '';
      expected.set(key, [...(expected.get(key) ?? []), document.id]);
    }
    assert.ok(expected.get('法律')?.includes('pipl-2021') && expected.get('行政法规')?.includes('ports-opening-provisions-1985'), JSON.stringify([...expected]));
    const root = await api.describeProvisionTree();
    const shown = new Map<string, string[]>();
    for (const group of root.children) {
      assert.match(group.id, /^group:type:/);
      const level = await api.describeProvisionTree(group.id);
      const documents = level.children.map((child) => child.id);
      assert.strictEqual(group.description, String(documents.length), `${group.label} counts its documents`);
      assert.ok(level.children.every((child) => child.parent === group.id), 'a document’s parent is its group, so reveal finds it');
      shown.set(group.id.slice('group:type:'.length), documents);
    }
    assert.deepStrictEqual(new Map([...shown].map(([type, ids]) => [type, [...ids].sort()])), new Map([...expected].map(([type, ids]) => [type, [...ids].sort()])));
    const groupIds = root.children.map((child) => child.label);
    assert.ok(groupIds.includes('法律') && groupIds.includes('行政法规'), groupIds.join(', '));
  });

  it('the setting regroups the view; "none" lists the documents again', async () => {
    await vscode.workspace.getConfiguration('policyAnnotator').update('documentGrouping', 'year', vscode.ConfigurationTarget.Global);
    const byYear = await api.describeProvisionTree();
    const labels = byYear.children.map((child) => child.label);
    assert.ok(labels.includes('2021') && labels.includes('1985') && labels.includes('2018'), labels.join(', '));
    const grouping = await vscode.commands.executeCommand<Grouping>('policyAnnotator.groupDocumentsBy', { attribute: 'none' });
    assert.strictEqual(grouping.attribute, null);
    const plain = await api.describeProvisionTree();
    assert.ok(ADDED.every((id) => plain.children.some((child) => child.id === id)), plain.children.map((child) => child.id).join(', '));
    const bad = await vscode.commands.executeCommand<{ ok: boolean; reason: string }>('policyAnnotator.groupDocumentsBy', { attribute: '<b>' });
    assert.strictEqual(bad.ok, false);
  });
});
