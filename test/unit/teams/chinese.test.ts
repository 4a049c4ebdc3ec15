// The core's messages in Chinese, as the command line gives them under a Chinese locale or
// --lang zh: problems in notes files, the agreement report, notes changes and the Markdown export.

import * as assert from 'node:assert/strict';
import { spanOf } from '../annotations/fixtures';
import { DOCUMENT, LI_WEI, Workspace, cliIn } from './helpers';

describe('policy-annotator in Chinese', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = new Workspace();
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'] }, { document: DOCUMENT, provision: 3, tags: ['innovation'] });
    await workspace.annotate('张敏', { document: DOCUMENT, provision: 15, tags: ['privacy', 'security'] }, { document: DOCUMENT, provision: 3, tags: ['innovation'] });
  });
  afterEach(() => workspace.remove());

  it('check: a broken notes file\'s problems follow LANG=zh_CN.UTF-8, and English comes back without it', async () => {
    workspace.write(LI_WEI, workspace.read(LI_WEI).replace('provision: 15', 'provision: 99').replace('tags: [innovation]', 'tags: [innovation, ghost]'));
    const chinese = await cliIn(workspace.root, ['check'], { locale: 'zh_CN.UTF-8' });
    assert.equal(chinese.code, 1);
    assert.match(chinese.stdout, new RegExp(`li-wei\\.yaml:\\d+:5: error: ${DOCUMENT} 没有第 99 条（共 1–24 条）`));
    assert.match(chinese.stdout, /li-wei\.yaml:\d+:\d+: warning: 未知标签“ghost”：代码本中没有此标签/);
    const english = await cliIn(workspace.root, ['check']);
    assert.match(english.stdout, new RegExp(`${DOCUMENT} has no provision 99 \\(it has 1–24\\)`));
    const conflicted = `<<<<<<< HEAD\n${workspace.read(LI_WEI)}=======\n>>>>>>> other\n`;
    workspace.write(LI_WEI, conflicted);
    const markers = await cliIn(workspace.root, ['check', '--lang', 'zh']);
    assert.match(markers.stdout, /li-wei\.yaml:1:1: error: git 冲突标记“<<<<<<<”：请先解决此文件中的合并冲突，然后保存/);
  });

  it('agreement and the Markdown export: headings in Chinese with --lang zh', async () => {
    const agreement = await cliIn(workspace.root, ['agreement', '--lang', 'zh']);
    assert.equal(agreement.code, 0, agreement.stderr);
    assert.match(agreement.stdout, /^# 编码者间一致性\n/);
    assert.match(agreement.stdout, /^编码者：Li Wei, 张敏。单元：mobile-internet-opinions-2017 的 24 条条款；/m);
    assert.match(agreement.stdout, /^\| 标签 +\| Li Wei \| 张敏 \| 双方 \| 仅 Li Wei \| 仅 张敏 \| 均无 \|/m);
    const markdown = await cliIn(workspace.root, ['export', '--format', 'markdown', '--lang', 'zh']);
    assert.match(markdown.stdout, /^# 政策批注\n\n张敏, Li Wei 的 4 条批注。|^# 政策批注\n\nLi Wei, 张敏 的 4 条批注。/);
    assert.match(markdown.stdout, /，针对整条条款/);
    const refused = await cliIn(workspace.root, ['check', '--lang', 'fr']);
    assert.deepEqual([refused.code, refused.stderr], [2, 'policy-annotator: --lang must be en or zh, not "fr"\n']);
  });
});
