// `--lang zh` and a Chinese locale (LANG=zh_CN.UTF-8) reach what the command line says itself:
// the summaries of help, usage errors (even about the command line that carries --lang) and refusals.

import * as assert from 'node:assert/strict';
import { CliIo, run } from '../../src/cli/run';
import { COMMANDS } from '../../src/cli/commands';
import { CHINESE_SUMMARIES } from '../../src/cli/commands/chineseSummaries';

async function cli(argv: readonly string[], locale?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: process.cwd(), ...(locale !== undefined && { locale }) };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('policy-annotator in Chinese', () => {
  it('every command has its Chinese summary, and every summary a command', () => {
    const names = COMMANDS.map((command) => command.name).sort();
    assert.deepEqual(Object.keys(CHINESE_SUMMARIES).sort(), names);
  });

  for (const [how, argv, locale] of [
    ['--lang zh', ['help', '--lang', 'zh'], undefined],
    ['LANG=zh_CN.UTF-8', ['help'], 'zh_CN.UTF-8'],
  ] as const) {
    it(`help lists the commands with Chinese summaries (${how})`, async () => {
      const { code, stdout } = await cli(argv, locale);
      assert.equal(code, 0);
      assert.match(stdout, /show <ref>\s+条款的中英文标题和正文/);
      assert.doesNotMatch(stdout, /a provision's title and text/);
    });
  }

  it('usage errors are in Chinese, even when --lang comes after what is wrong', async () => {
    assert.match((await cli(['frobnicate', '--lang', 'zh'])).stderr, /^policy-annotator: 未知命令“frobnicate”（参见 policy-annotator help）\n$/);
    assert.match((await cli(['show', '--frob', '--lang=zh'])).stderr, /未知选项 --frob/);
    assert.match((await cli(['search'], 'zh_CN.UTF-8')).stderr, /search 需要 <query>/);
    assert.match((await cli(['list', '--lang', 'fr'], 'zh_CN.UTF-8')).stderr, /--lang 只能是 en 或 zh，而不是“fr”/);
  });

  it('refusals are in Chinese, and the next command line without it is English again', async () => {
    const refused = await cli(['list', '--document', 'nosuch'], 'zh_CN.UTF-8');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /未知文档“nosuch”（已有：mobile-internet-opinions-2017）/);
    assert.match((await cli(['show', 'nosuch#3', '--lang', 'zh'])).stderr, /未知文档“nosuch”/);
    assert.match((await cli(['align', '--document', 'nosuch', '--lang', 'zh'])).stderr, /没有文档“nosuch”/);
    assert.match((await cli(['bib', '--format', 'ris', '--lang', 'zh'])).stderr, /bib --format 只能是 .* 之一，而不是“ris”/);
    assert.match((await cli(['list', '--document', 'nosuch'])).stderr, /unknown document "nosuch"/);
    assert.match((await cli(['help'])).stdout, /a provision's title and text/);
  });
});
