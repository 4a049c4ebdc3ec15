import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from '../../../src/cli/args';
import { Command, CommandOutput } from '../../../src/cli/command';
import { carryCommand } from '../../../src/cli/commands/carry';
import { compareCommand } from '../../../src/cli/commands/compare';
import { Library } from '../../../src/core/library';
import { CODEBOOK, DOCUMENT } from '../annotations/fixtures';
import { opinions } from '../helpers/opinions';
import { REVISED, revisedOpinions } from '../helpers/revisedOpinions';

const library = new Library([opinions(), revisedOpinions()]);

async function run(command: Command, argv: readonly string[]): Promise<CommandOutput> {
  const { words, options } = parseArgs(argv);
  return command.run({ operands: words, options }, { library: async () => library, embeddedIds: async () => new Set(), commands: [command], cwd: process.cwd(), folder: process.cwd() });
}

describe('policy-annotator compare and carry', () => {
  it('compare --json prints the changes in the order of the new text, in the shape documented', async () => {
    const output = await run(compareCommand, [DOCUMENT, REVISED, '--json']);
    const json = output.json as { old: string; new: string; changes: { kind: string; old: number | null; new: number | null }[] };
    assert.equal(json.old, DOCUMENT);
    assert.equal(json.new, REVISED);
    assert.deepEqual(json.changes.slice(0, 7), [
      { kind: 'added', old: null, new: 1 },
      { kind: 'renumbered', old: 1, new: 2 },
      { kind: 'renumbered', old: 2, new: 3 },
      { kind: 'changed', old: 3, new: 4 },
      { kind: 'renumbered', old: 4, new: 5 },
      { kind: 'removed', old: 5, new: null },
      { kind: 'unchanged', old: 6, new: 6 },
    ]);
    assert.deepEqual(json.changes.map((change) => Object.keys(change)), json.changes.map(() => ['kind', 'old', 'new']));
    const olds = json.changes.flatMap((change) => (change.old === null ? [] : [change.old])).sort((a, b) => a - b);
    assert.deepEqual(olds, Array.from({ length: 24 }, (_, index) => index + 1));
  });

  it('compare prints each change, with what was deleted and inserted, and hides the unchanged', async () => {
    const text = (await run(compareCommand, [DOCUMENT, REVISED])).text(80);
    assert.match(text, /^mobile-internet-opinions-2017 \(24 provisions\) → mobile-internet-opinions-revised \(24\)\n19 unchanged, 3 renumbered, 1 changed, 1 added, 1 removed\n/);
    assert.match(text, /\nchanged 3 → 4\n {2}基本原则\n/);
    assert.match(text.replace(/\n {2}/g, ''), /\[-缩小数字鸿沟,-\]/);
    assert.match(text.replace(/\n {2}/g, ''), /激发经济\{\+发展\+\}活力/);
    assert.match(text, /\nrenumbered 1 → 2\n/);
    assert.doesNotMatch(text, /unchanged 6 → 6/);
  });

  it('refuses an unknown document and a document compared with itself', async () => {
    await assert.rejects(run(compareCommand, [DOCUMENT, 'nope']), /there is no document "nope"/);
    await assert.rejects(run(compareCommand, [DOCUMENT, DOCUMENT]), /compared with itself/);
  });

  describe('carry', () => {
    let root: string;
    let cwd: string;
    const oldFile = `notes/${DOCUMENT}/li-wei.yaml`;
    const notes = `# Policy Annotator notes
version: 1
document: ${DOCUMENT}
author: Li Wei
annotations:
  - id: a1b2c3d4
    provision: 3
    span:
      language: zh
      exact: 激发经济活力
      prefix: 坚持发展为民,充分发挥移动互联网优势,缩小数字鸿沟,
      suffix: ",为人民群众提供用得上、用得起、用得好的移动互联网信息服务;坚持"
      start: 26
      end: 32
    tags: [innovation]
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z
  - id: b1b2c3d4
    provision: 5
    note: Gone in the revision.
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z
`;

    beforeEach(() => {
      cwd = process.cwd();
      root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-carry-'));
      mkdirSync(path.join(root, 'notes', DOCUMENT), { recursive: true });
      writeFileSync(path.join(root, 'notes', 'codebook.yaml'), CODEBOOK);
      writeFileSync(path.join(root, oldFile), notes);
      process.chdir(root);
    });

    afterEach(() => {
      process.chdir(cwd);
      rmSync(root, { recursive: true, force: true });
    });

    it('--dry-run prints where each note would go and writes nothing', async () => {
      const output = await run(carryCommand, [DOCUMENT, REVISED, 'notes', '--dry-run']);
      const [first, second] = (output.json as { items: { to: { id: string } }[] }).items.map((item) => item.to.id);
      assert.equal(
        output.text(80),
        [
          `3 → 4  Li Wei “激发经济活力”: on the words as revised  [a1b2c3d4 → ${first}]`,
          `5 → 6  Li Wei: ORPHANED, keeps its old quote (provision 5 was removed)  [b1b2c3d4 → ${second}]`,
          `2 notes on ${DOCUMENT}: 2 would be carried to ${REVISED} (1 orphaned); nothing written (--dry-run).`,
        ].join('\n'),
      );
      assert.deepEqual(readdirSync(path.join(root, 'notes')).sort(), ['codebook.yaml', DOCUMENT]);
    });

    it('writes the copies into the coder\'s file of the new version, and nothing the second time', async () => {
      const first = await run(carryCommand, [DOCUMENT, REVISED, 'notes']);
      assert.match(first.text(80), /2 notes carried from .* \(1 orphaned\), 0 carried before; wrote notes\/mobile-internet-opinions-revised\/li-wei\.yaml\.$/);
      const carried = readFileSync(path.join(root, 'notes', REVISED, 'li-wei.yaml'), 'utf8');
      assert.match(carried, /provision: 4\n {4}span:\n {6}language: zh\n {6}exact: 激发经济发展活力/);
      assert.match(carried, /provision: 6\n {4}span:\n {6}language: zh\n {6}exact: 全面推进第四代移动通信/);
      assert.equal(readFileSync(path.join(root, oldFile), 'utf8'), notes);
      const second = await run(carryCommand, [DOCUMENT, REVISED, 'notes']);
      assert.match(second.text(80), /0 notes carried .* 2 carried before; wrote nothing\.$/);
      assert.equal(readFileSync(path.join(root, 'notes', REVISED, 'li-wei.yaml'), 'utf8'), carried);
    });
  });
});
