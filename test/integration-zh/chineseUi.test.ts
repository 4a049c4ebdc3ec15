// The extension in a VS Code whose display language is Chinese (zh-cn), as a Chinese researcher
// runs it: VS Code itself picks the extension's package.nls.zh-cn.json and
// l10n/bundle.l10n.zh-cn.json, and titles follow the UI (policyAnnotator.tree.titleLanguage is
// "auto"). Run by `npm run test:zh` (test/host/run-code-server.mjs --locale zh-cn).

import * as assert from 'assert';
import * as vscode from 'vscode';
import { DOCUMENT, closeAllEditors, policyApi, waitFor } from '../integration/readingHelpers';
import { closeDrafts, completionLabel, hoverText, openDraft, positionOf } from '../integration/writingHelpers';

/** Kept in step with test/host/locale-page-check.mjs: the launcher reads the page when asked. */
const PAGE_CHECK_REQUEST = 'zh: checking the page';
const PAGE_CHECK_ANSWER = '.policy-locale-page-check.json';

/** Provision references in the `chinese` reference format. */
const chineseReference = (numeral: string): string => `《关于促进移动互联网健康有序发展的意见》第${numeral}条`;

const PART_LABELS_ZH = ['一、重要意义和总体要求', '二、推动移动互联网创新发展', '三、强化移动互联网驱动引领作用', '四、防范移动互联网安全风险', '五、深化移动互联网国际交流合作', '六、加强组织领导和工作保障'];

interface Refused {
  readonly ok: false;
  readonly reason: string;
}

function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, path);
}

describe('the extension in a Chinese VS Code (zh-cn)', () => {
  before(async () => {
    await policyApi();
  });
  afterEach(closeDrafts);

  it('runs with VS Code’s display language zh-cn, and titles following it', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn', `vscode.env.language is ${vscode.env.language}: the test host did not switch the display language`);
    const setting = vscode.workspace.getConfiguration('policyAnnotator').inspect('tree.titleLanguage');
    assert.strictEqual(setting?.globalValue ?? setting?.workspaceValue ?? setting?.defaultValue, 'auto');
  });

  it('the Provisions tree lists the parts and provisions by their Chinese titles, English beside them', async () => {
    const api = await policyApi();
    const parts = (await api.describeProvisionTree(DOCUMENT)).children;
    assert.deepStrictEqual(
      parts.map((part) => part.label),
      PART_LABELS_ZH,
    );
    assert.strictEqual(parts[0].description, 'I. Importance and overall requirements');
    const provision = (await api.describeProvisionTree(`${DOCUMENT}#15`)).node;
    assert.strictEqual(provision?.label, '15. 维护用户合法权益');
    assert.strictEqual(provision.description, 'Safeguarding users’ lawful rights and interest');
    // The tooltip puts the reader's language first.
    assert.ok((provision.tooltip ?? '').indexOf('维护用户合法权益') < (provision.tooltip ?? '').indexOf('Safeguarding'), provision.tooltip);
  });

  it('the notes in the tree and the Tags view are described in Chinese', async () => {
    const api = await policyApi();
    const three = await waitFor('the notes on ¶3 in the tree', async () => {
      const node = (await api.describeProvisionTree(`${DOCUMENT}#3`)).node;
      return node?.description?.includes('笔记') && node;
    });
    assert.strictEqual(three.description, 'Basic principles · 2 条笔记 · 创新');
    const tags = await api.describeTagsView();
    const innovation = tags.children.find((tag) => tag.id === 'tag:innovation');
    assert.deepStrictEqual([innovation?.label, innovation?.description], ['创新', '2 · Innovation']);
  });

  it('messages from vscode.l10n.t are Chinese: a refused command, a diagnostic, an unknown tree node', async () => {
    const refusal = await vscode.commands.executeCommand<Refused>('policyAnnotator.showAgreement', { authors: 'Zhang Min' });
    assert.strictEqual(refusal?.reason, '“authors”必须是编码者姓名的列表。');

    const draft = await openDraft('md', `见${chineseReference('二十五')}。\n`);
    const diagnostics = await waitFor('the diagnostic on 第二十五条', () => {
      const found = vscode.languages.getDiagnostics(draft.document.uri).filter((diagnostic) => diagnostic.source === 'Policy Annotator');
      return found.length > 0 && found;
    });
    assert.deepStrictEqual(
      diagnostics.map((diagnostic) => diagnostic.message),
      ['移动互联网意见没有第 25 条（共第 1–24 条）'],
    );

    const api = await policyApi();
    await assert.rejects(Promise.resolve(api.describeProvisionTree('no-such-node')), /“条款”视图中没有节点“no-such-node”。/);
  });

  it('the core speaks Chinese too: a broken notes file\'s diagnostic and the agreement report', async () => {
    const notes = `policy-notes/${DOCUMENT}`;
    const sidecar = (author: string, id: string, provision: number): string =>
      `version: 1\ndocument: ${DOCUMENT}\nauthor: ${author}\nannotations:\n  - id: ${id}\n    provision: ${provision}\n    tags: [innovation]\n    created: 2024-05-07T09:00:00Z\n    updated: 2024-05-07T09:00:00Z\n`;
    const broken = workspaceUri(`${notes}/li-hua.yaml`);
    const second = workspaceUri(`${notes}/wang-fang.yaml`);
    const api = await policyApi();
    try {
      await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(sidecar('Li Hua', 'vzz4hhbc', 99)));
      await vscode.workspace.fs.writeFile(second, new TextEncoder().encode(sidecar('Wang Fang', 'vzz4hhbd', 3)));
      await api.getAnnotations();
      const diagnostics = await waitFor(
        'the diagnostic on the broken notes file',
        () => {
          const found = vscode.languages.getDiagnostics(broken).filter((diagnostic) => diagnostic.source === 'Policy Annotator');
          return found.length > 0 && found;
        },
        20_000,
      );
      assert.deepStrictEqual(
        diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.range.start.line + 1]),
        [[`${DOCUMENT} 没有第 99 条（共 1–24 条）`, 6]],
      );
      await waitFor('Wang Fang’s notes in the store', async () => (await api.getAnnotations()).some((annotation) => annotation.author === 'Wang Fang'), 20_000);
      await vscode.commands.executeCommand('policyAnnotator.showAgreement', { authors: ['Zhang Min', 'Wang Fang'] });
      const report = await waitFor('the agreement report', () => vscode.window.activeTextEditor?.document.getText().startsWith('#') && vscode.window.activeTextEditor.document.getText());
      assert.match(report, /^# 编码者间一致性\n\n编码者：Zhang Min, Wang Fang。单元：mobile-internet-opinions-2017 的 24 条条款；/);
      assert.match(report, /^- `security`：κ 无定义（p_e = 1）：两位编码者都未对任何单元使用该标签，没有可供一致的差异。$/m);
      assert.match(report, /\| 标签 +\| Zhang Min \| Wang Fang \| +双方 \| 仅 Zhang Min \| 仅 Wang Fang \| +均无 \|/);
    } finally {
      await closeAllEditors();
      for (const uri of [broken, second]) {
        await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
      }
    }
  });

  it('hovers and completions in a draft show the Chinese first', async () => {
    const draft = await openDraft('md', `见${chineseReference('三')}和 ¶`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.document.uri, positionOf(draft.document, '第三条'));
    const text = hoverText(hovers).replace(/\\/g, '');
    const chinese = text.indexOf('移动互联网意见第三条 · 基本原则');
    const english = text.indexOf('Mobile Internet Opinions ¶3 · Basic principles');
    assert.ok(chinese >= 0 && english > chinese, text);
    assert.match(text, /\*\*标签:\*\* Innovation \(创新\)/);
    assert.ok(text.includes('Compare with the 2016 Internet Plus plan.'), text);

    const end = draft.document.positionAt(draft.document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', draft.document.uri, end, '¶');
    const labels = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference).map(completionLabel);
    assert.ok(labels.includes('¶15 维护用户合法权益'), labels.slice(0, 5).join(', '));
  });

  it('the page shows the contributed titles in Chinese: the Policy container, its views and the command palette', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.view.extension.policy');
    const answer = workspaceUri(PAGE_CHECK_ANSWER);
    await vscode.workspace.fs.delete(answer).then(undefined, () => undefined);
    console.log(PAGE_CHECK_REQUEST);
    const problems = await waitFor(
      'the launcher’s look at the page',
      async () => {
        try {
          return (JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(answer))) as { problems: string[] }).problems;
        } catch {
          return undefined;
        }
      },
      40_000,
    );
    assert.deepStrictEqual(problems, []);
  });
});
