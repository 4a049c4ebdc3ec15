import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { fixturePath, fixtureText } from '../helpers/fixtures';
import { withInsertedArticle } from '../helpers/laws';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml';
import { opinionsLibrary } from '../helpers/opinions';
import { generateSidecar } from '../helpers/generatedNotes';
import { DOCUMENT, LI_WEI, NOTES, Workspace } from '../teams/helpers';
import { watchOpenedFiles } from './openedFiles';
import { program } from './program';

const COLLEAGUES = ['Zhang Min', 'Wang Fang', 'Chen Jie', 'Liu Yang'];

describe('abuse: a team workspace (real processes, real files)', function () {
  this.timeout(120_000);
  let made: Workspace | undefined;
  afterEach(() => made?.remove());

  it("annotate opens only the coder's own notes file, none of the team's other files (it read them all)", async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const workspace = (made = new Workspace());
    const document = (await opinionsLibrary()).document(DOCUMENT);
    assert.ok(document);
    const colleagues = COLLEAGUES.map((author, index) => {
      const file = `${NOTES}/${DOCUMENT}/${author.toLowerCase().replace(' ', '-')}.yaml`;
      workspace.write(file, serialise(SIDECAR_FORMAT, generateSidecar(document, 50, { seed: index + 1, author })));
      return path.join(workspace.root, file);
    });
    const watch = watchOpenedFiles(workspace.root);
    for (const round of [1, 2]) {
      const added = await program(workspace.root, ['annotate', `${DOCUMENT}#3`, '--author', 'Li Wei', '--tags', 'security', '--note', `round ${round}`], 20_000, undefined, watch.preload);
      assert.equal(added.code, 0, added.stderr);
      const opened = watch.opened();
      assert.deepEqual(
        colleagues.filter((file) => opened.includes(file)),
        [],
        `round ${round} opened other coders' files`,
      );
      // The first round finds no file of theirs to open; the second merges with it.
      assert.equal(opened.includes(path.join(workspace.root, LI_WEI)), round === 2, `round ${round} and ${LI_WEI}`);
    }
    // Nothing of theirs is lost, and both notes are there.
    const checked = await program(workspace.root, ['check']);
    assert.equal(checked.code, 0, checked.stdout + checked.stderr);
    assert.deepEqual(workspace.read(LI_WEI).match(/note: round \d\n/g)?.sort(), ['note: round 1\n', 'note: round 2\n']);
  });

  it('a FIFO or a link out of the workspace inside policy-documents/ is a named problem for check (exit 1), never a hang, and other commands go on', async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const workspace = (made = new Workspace());
    const root = workspace.root;
    for (const law of ['e-commerce-law-2018', 'pipl-2021']) {
      const added = await program(root, ['add', fixturePath(`${law}.zh.md`), '--id', law]);
      assert.equal(added.code, 0, added.stderr);
    }
    // One document's document.yaml replaced by a FIFO (nothing writes it: reading it would hang), one folder a link out.
    const record = path.join(root, 'policy-documents', 'pipl-2021', 'document.yaml');
    renameSync(record, `${record}.kept`);
    execFileSync('mkfifo', [record]);
    const outside = path.join(root, '..', `${path.basename(root)}-outside`);
    mkdirSync(outside);
    symlinkSync(outside, path.join(root, 'policy-documents', 'linked'));
    try {
      const checked = await program(root, ['check'], 20_000);
      assert.equal(checked.hung, false, 'check hung');
      assert.equal(checked.code, 1, checked.stdout + checked.stderr);
      assert.match(checked.stderr, /policy-documents\/pipl-2021\/document\.yaml:\d+:\d+: .*FIFO/);
      assert.match(checked.stderr, /policy-documents\/linked\//);
      assert.match(checked.stdout, /2 documents of the workspace could not be read/);
      const shown = await program(root, ['show', 'e-commerce-law-2018#1'], 20_000);
      assert.equal(shown.code, 0, shown.stderr);
      const annotated = await program(root, ['annotate', 'e-commerce-law-2018#1', '--author', 'Li Wei', '--tags', 'security'], 20_000);
      assert.equal(annotated.code, 0, annotated.stderr);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("attribute edits from several processes at once, beside annotate, lose nothing (document.yaml is merged under its lock)", async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const workspace = (made = new Workspace());
    const law = 'e-commerce-law-2018';
    const added = await program(workspace.root, ['add', fixturePath(`${law}.zh.md`), '--id', law]);
    assert.equal(added.code, 0, added.stderr);
    const editors = Array.from({ length: 6 }, (_, index) => program(workspace.root, ['attributes', law, `coder${index}=round-${index}`, `stage${index}=draft`], 60_000));
    const annotators = Array.from({ length: 2 }, (_, index) => program(workspace.root, ['annotate', `${law}#${index + 1}`, '--author', 'Li Wei', '--tags', 'security'], 60_000));
    const runs = await Promise.all([...editors, ...annotators]);
    runs.forEach((run) => assert.equal(run.code, 0, run.stderr));
    const record = workspace.read(`policy-documents/${law}/document.yaml`);
    const missing = Array.from({ length: 6 }, (_, index) => [`coder${index}: round-${index}`, `stage${index}: draft`])
      .flat()
      .filter((line) => !record.includes(line));
    assert.deepEqual(missing, [], record);
    assert.equal(workspace.read(`${NOTES}/${law}/li-wei.yaml`).match(/- id: /g)?.length, 2);
    const checked = await program(workspace.root, ['check']);
    assert.equal(checked.code, 0, checked.stdout + checked.stderr);
  });

  it('carry remembers what it carried: a copy its coder deleted is not made again, and the record stays byte for byte', async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    const workspace = (made = new Workspace());
    const root = workspace.root;
    const [law, revised] = ['e-commerce-law-2018', 'e-commerce-law-2018-revised'];
    assert.equal((await program(root, ['add', fixturePath(`${law}.zh.md`), '--id', law])).code, 0);
    workspace.write('revised.zh.md', withInsertedArticle(fixtureText(`${law}.zh.md`)));
    const addedRevision = await program(root, ['add', 'revised.zh.md', '--id', revised, '--revises', law]);
    assert.equal(addedRevision.code, 0, addedRevision.stderr);
    for (const provision of [5, 9]) {
      assert.equal((await program(root, ['annotate', `${law}#${provision}`, '--author', 'Li Wei', '--tags', 'security'])).code, 0);
    }
    const copies = `${NOTES}/${revised}/li-wei.yaml`;
    const first = await program(root, ['carry', law, revised]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(workspace.read(copies).match(/- id: /g)?.length, 2);
    const record = workspace.read(`${NOTES}/carried.yaml`);
    // The coder deletes one copy by hand; the next carry leaves it deleted.
    const [kept] = workspace.read(copies).split(/\n(?=  - id: )/).slice(1, 2);
    workspace.write(copies, workspace.read(copies).replace(`\n${kept}`, ''));
    assert.equal(workspace.read(copies).match(/- id: /g)?.length, 1);
    const again = await program(root, ['carry', law, revised]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(workspace.read(copies).match(/- id: /g)?.length, 1, 'the deleted copy was made again');
    assert.equal(workspace.read(`${NOTES}/carried.yaml`), record);
    assert.equal((await program(root, ['check'])).code, 0);
  });
});
