// `--lang zh` and a Chinese locale (LANG=zh_CN.UTF-8) reach what the command line says itself:
// the summaries of help, usage errors (even about the command line that carries --lang) and refusals.

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
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
    assert.match((await cli(['autocode', 'privacy', '--lang', 'zh'])).stderr, /autocode 需要 --tags/);
    assert.match((await cli(['kwic', 'data', '--sort', 'up', '--lang', 'zh'])).stderr, /--sort 只接受 left 或 right，而不是“up”/);
  });

  it('every usage error of the CLI is a message of the catalogue (which has it in Chinese), or one the core made', () => {
    const english = usageErrorsIn(path.resolve(__dirname, '..', '..', '..', 'src', 'cli')).filter(({ argument }) => !isLocalized(argument) && !isPassedOn(argument));
    assert.deepEqual(english.map(({ where }) => where), [], 'write the message into src/core/l10n/messages.ts and throw new UsageError(localized(key, …))');
    // The check itself: an English literal is caught, a catalogue message and a passed-on one are not.
    const probe = ts.createSourceFile('probe.ts', "new UsageError('--frob is wrong'); new UsageError(localized('cli.lang', x)); new UsageError(thrown.message);", ts.ScriptTarget.Latest, true);
    assert.deepEqual(usageErrorArguments(probe).map((argument) => isLocalized(argument) || isPassedOn(argument)), [false, true, true]);
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

/** The first argument of each `new UsageError(…)` under `folder`, with where it is. */
function usageErrorsIn(folder: string): { argument: ts.Expression; where: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const source = ts.createSourceFile(name, readFileSync(path.join(folder, name), 'utf8'), ts.ScriptTarget.Latest, true);
      return usageErrorArguments(source).map((argument) => ({ argument, where: `src/cli/${name}:${source.getLineAndCharacterOfPosition(argument.getStart()).line + 1}` }));
    });
}

function usageErrorArguments(source: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'UsageError' && node.arguments?.[0]) {
      found.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `localized(key, …)`, or a choice between such calls. */
function isLocalized(argument: ts.Expression): boolean {
  if (ts.isConditionalExpression(argument)) {
    return isLocalized(argument.whenTrue) && isLocalized(argument.whenFalse);
  }
  return ts.isCallExpression(argument) && argument.expression.getText() === 'localized';
}

/** A message the core made and the CLI passes on (`thrown.message`, `plan.refused`): the core's to translate. */
function isPassedOn(argument: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(argument);
}
