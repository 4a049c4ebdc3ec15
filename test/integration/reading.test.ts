// The Provisions tree, the search and the filter, read through the same TreeDataProvider the
// view uses (api.describeProvisionTree).

import * as assert from 'assert';
import * as vscode from 'vscode';
import { DOCUMENT, policyApi, waitFor } from './readingHelpers';

const PART_LABELS = {
  en: [
    'I. Importance and overall requirements',
    'II. Promoting the innovative development of the mobile Internet',
    'III. Strengthening the driving and leading role of the mobile Internet',
    'IV. Preventing security risks on the mobile Internet',
    'V. Deepening international exchange and cooperation concerning mobile Internet',
    'VI. Strengthen organisational leadership and work guarantees',
  ],
  zh: ['一、重要意义和总体要求', '二、推动移动互联网创新发展', '三、强化移动互联网驱动引领作用', '四、防范移动互联网安全风险', '五、深化移动互联网国际交流合作', '六、加强组织领导和工作保障'],
};

async function setTitleLanguage(value: 'en' | 'zh' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('policyAnnotator').update('tree.titleLanguage', value, vscode.ConfigurationTarget.Global);
}

describe('reading: the Provisions tree', () => {
  before(() => setTitleLanguage('en'));
  after(() => setTitleLanguage(undefined));

  it('holds the document, its six parts with their labels, and 24 provisions', async () => {
    const api = await policyApi();
    const root = await api.describeProvisionTree();
    assert.deepStrictEqual(
      root.children.map((child) => child.id),
      [DOCUMENT],
    );
    const parts = (await api.describeProvisionTree(DOCUMENT)).children;
    assert.deepStrictEqual(
      parts.map((part) => part.label),
      PART_LABELS.en,
    );
    assert.deepStrictEqual(
      parts.map((part) => part.description),
      PART_LABELS.zh,
    );
    const provisions = (await Promise.all(parts.map((part) => api.describeProvisionTree(part.id)))).flatMap((level) => level.children);
    assert.deepStrictEqual(
      provisions.map((provision) => provision.id),
      Array.from({ length: 24 }, (_, index) => `${DOCUMENT}#${index + 1}`),
    );
  });

  it('answers getParent: provision → part → document → none', async () => {
    const api = await policyApi();
    const provision = (await api.describeProvisionTree(`${DOCUMENT}#15`)).node;
    assert.strictEqual(provision?.parent, `${DOCUMENT}/part-4`);
    const part = (await api.describeProvisionTree(`${DOCUMENT}/part-4`)).node;
    assert.strictEqual(part?.parent, DOCUMENT);
    const document = (await api.describeProvisionTree(DOCUMENT)).node;
    assert.strictEqual(document?.parent, undefined);
  });

  it('shows provision 15 with both titles, a bilingual tooltip, and a click that opens it side by side', async () => {
    const api = await policyApi();
    const item = (await api.describeProvisionTree(`${DOCUMENT}#15`)).node;
    assert.ok(item);
    assert.strictEqual(item.label, '15. Safeguarding users’ lawful rights and interest');
    assert.strictEqual(item.description, '维护用户合法权益');
    assert.strictEqual(item.collapsible, 'none');
    assert.match(item.tooltip ?? '', /Perfect mobile Internet user information protection structures/);
    assert.match(item.tooltip ?? '', /完善移动互联网用户信息保护制度/);
    assert.deepStrictEqual(item.command, { command: 'policyAnnotator.openSideBySide', arguments: [{ document: DOCUMENT, provision: 15 }] });
  });

  it('titles in Chinese with policyAnnotator.tree.titleLanguage = zh', async () => {
    const api = await policyApi();
    await setTitleLanguage('zh');
    try {
      const parts = await waitFor('Chinese part labels', async () => {
        const children = (await api.describeProvisionTree(DOCUMENT)).children;
        return children[0]?.label === PART_LABELS.zh[0] && children;
      });
      assert.deepStrictEqual(
        parts.map((part) => [part.label, part.description]),
        PART_LABELS.zh.map((label, index) => [label, PART_LABELS.en[index]]),
      );
      const item = (await api.describeProvisionTree(`${DOCUMENT}#15`)).node;
      assert.strictEqual(item?.label, '15. 维护用户合法权益');
    } finally {
      await setTitleLanguage('en');
    }
  });

  it('filters by text ("Filter Provisions…" with { query }) and clears the filter', async () => {
    const api = await policyApi();
    const result = await vscode.commands.executeCommand<{ query: string; provisions: string[] }>('policyAnnotator.filterProvisions', { query: '伪基站' });
    try {
      assert.strictEqual(result?.query, '伪基站');
      assert.ok(result.provisions.includes(`${DOCUMENT}#15`), `filter kept ${result.provisions.join(', ')}`);
      assert.ok(result.provisions.length < 24);
      const parts = (await api.describeProvisionTree(DOCUMENT)).children.map((part) => part.id);
      assert.ok(parts.includes(`${DOCUMENT}/part-4`) && parts.length < 6, `parts shown: ${parts.join(', ')}`);
      const shown = (await api.describeProvisionTree(`${DOCUMENT}/part-4`)).children.map((provision) => provision.id);
      assert.ok(shown.includes(`${DOCUMENT}#15`));
      const partFour = (await api.getDocuments())[0].parts[3].provisions.map((provision) => provision.id);
      assert.deepStrictEqual(
        shown,
        partFour.filter((id) => result.provisions.includes(id)),
      );
    } finally {
      await vscode.commands.executeCommand('policyAnnotator.clearProvisionFilter');
    }
    assert.strictEqual((await api.describeProvisionTree(DOCUMENT)).children.length, 6);
  });

  it('a filter that matches nothing empties the tree (the welcome view then offers to clear it)', async () => {
    const api = await policyApi();
    await vscode.commands.executeCommand('policyAnnotator.filterProvisions', { query: 'zzqxwv' });
    try {
      assert.deepStrictEqual((await api.describeProvisionTree()).children, []);
    } finally {
      await vscode.commands.executeCommand('policyAnnotator.clearProvisionFilter');
    }
  });
});

describe('reading: search', () => {
  it('policyAnnotator.searchProvisions with { query: "伪基站" } returns provision 15 first, without UI', async () => {
    const results = await vscode.commands.executeCommand<{ document: string; provision: number; title: { en: string; zh: string }; score: number }[]>(
      'policyAnnotator.searchProvisions',
      { query: '伪基站' },
    );
    assert.ok(results && results.length > 0, 'no results');
    assert.strictEqual(results[0].provision, 15);
    assert.strictEqual(results[0].document, DOCUMENT);
    assert.strictEqual(results[0].title.zh, '维护用户合法权益');
    assert.strictEqual(typeof results[0].score, 'number');
  });

  it('the API searches and finds provisions', async () => {
    const api = await policyApi();
    const results = await api.searchProvisions('fake base stations');
    assert.strictEqual(results[0]?.provision, 15);
    const provision = await api.getProvision(undefined, 15);
    assert.strictEqual(provision?.id, `${DOCUMENT}#15`);
    assert.strictEqual(provision?.title.zh, '维护用户合法权益');
    assert.strictEqual(await api.getProvision(DOCUMENT, 25), undefined);
  });
});
