import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Annotation, Sidecar } from '../../../src/core/annotations/model/annotation';
import { diffSidecars } from '../../../src/core/teams/review/annotationDiff';
import { changeLine, notesDiffText } from '../../../src/core/teams/review/changeText';
import { diffNotes } from '../../../src/core/teams/review/notesDiff';
import { sidecarText } from '../../../src/core/teams/review/sidecarText';
import { spanOf } from '../annotations/fixtures';
import { opinionsLibrary } from '../helpers/opinions';
import { CLI_MAIN, DOCUMENT, LI_WEI, NOTES, Workspace, ZHANG_MIN, cliIn, hasGit } from './helpers';

const base: Annotation = { id: 'aaaaaaaa', document: DOCUMENT, provision: 15, tags: ['security'], author: 'Li Wei', created: '2024-05-01T09:00:00Z', updated: '2024-05-01T09:00:00Z' };
const sidecar = (...annotations: Annotation[]): Sidecar => ({ document: DOCUMENT, author: 'Li Wei', annotations });

describe('teams: annotation changes in words', () => {
  it('matches by id: added, removed, changed; times alone are no change', () => {
    const added: Annotation = { ...base, id: 'bbbbbbbb', provision: 3, span: { language: 'en', exact: 'personal information of users and more words than forty characters', prefix: '', suffix: '', start: 0, end: 10 }, tags: ['privacy'], note: 'A note' };
    const edited: Annotation = { ...base, tags: ['privacy'], note: 'new', updated: '2024-06-01T09:00:00Z' };
    const touched: Annotation = { ...base, id: 'cccccccc', provision: 20 };
    const changes = diffSidecars(sidecar(base, touched, { ...base, id: 'dddddddd', provision: 1 }), sidecar(added, edited, { ...touched, updated: '2025-01-01T00:00:00Z' }));
    assert.deepEqual(changes.map(changeLine), [
      '- ¶1 [security]',
      '+ ¶3 [privacy] en "personal information of users and more…" — A note',
      '~ ¶15 tags: +privacy −security; note added',
    ]);
  });

  it('names a changed quote and a move', () => {
    const moved: Annotation = { ...base, provision: 16, span: { language: 'zh', exact: '伪基站', prefix: '', suffix: '', start: 0, end: 3 } };
    assert.deepEqual(diffSidecars(sidecar(base), sidecar(moved)).map(changeLine), ['~ ¶16 moved from ¶15; quote the whole provision → "伪基站"']);
  });

  it('compares files by their bytes and reports one it cannot read instead of inventing removals', async () => {
    const workspace = new Workspace();
    try {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 12, tags: ['security'] });
      const before = new TextEncoder().encode(workspace.read(LI_WEI));
      const broken = new TextEncoder().encode(`${workspace.read(LI_WEI)}<<<<<<< HEAD\n`);
      const diffs = diffNotes([{ path: LI_WEI, before, after: broken }, { path: ZHANG_MIN, before, after: before }], opinionsLibrary());
      assert.equal(diffs.length, 1);
      assert.match(diffs[0].unreadable ?? '', /conflict marker/);
      assert.match(notesDiffText(diffs), /! not compared: it has errors: \d+:1 git conflict marker/);
    } finally {
      workspace.remove();
    }
  });

  it('--textconv prints one stable line per annotation; an unreadable file as it is', async () => {
    const workspace = new Workspace();
    try {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'], note: 'Two\nlines' }, { document: DOCUMENT, provision: 3 });
      const text = sidecarText(new TextEncoder().encode(workspace.read(LI_WEI)), opinionsLibrary());
      assert.match(text, /^Li Wei on mobile-internet-opinions-2017\n ¶3 {2}\([a-z0-9]{8}\)\n ¶15 \[privacy\] en "personal information" — Two ⏎ lines {2}\([a-z0-9]{8}\)\n$/);
      const { code, stdout } = await cliIn(workspace.root, ['diff', '--textconv', LI_WEI]);
      assert.equal(code, 0);
      assert.equal(stdout, text);
      assert.equal(sidecarText(new TextEncoder().encode('not: [yaml'), opinionsLibrary()), 'not: [yaml');
    } finally {
      workspace.remove();
    }
  });

  it('diff <old> <new> of two files', async () => {
    const workspace = new Workspace();
    try {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 12, tags: ['security'] });
      workspace.write('old.yaml', workspace.read(LI_WEI));
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'] });
      const { code, stdout } = await cliIn(workspace.root, ['diff', 'old.yaml', LI_WEI]);
      assert.equal(code, 0);
      assert.equal(stdout, `${LI_WEI} (Li Wei)\n  + ¶15 [privacy] en "personal information"\n`);
    } finally {
      workspace.remove();
    }
  });
});

describe('teams: notes changes in git', function () {
  this.timeout(60_000);
  let workspace: Workspace;

  before(function () {
    if (!hasGit()) {
      this.skip();
    }
  });
  beforeEach(async () => {
    workspace = new Workspace({ git: true });
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 12, tags: ['security'] }, { document: DOCUMENT, provision: 3, tags: ['innovation'], note: 'Sets the tone.' });
    workspace.commit('first pass');
  });
  afterEach(() => workspace.remove());

  /** `git diff` and `git log -p` with the README's textconv set-up, the filter run as `node out/src/cli/main.js`. */
  function configureTextconv(): void {
    workspace.write('.gitattributes', `${NOTES}/**/*.yaml diff=policy-notes\n`);
    workspace.git('config', 'diff.policy-notes.textconv', `"${process.execPath}" "${CLI_MAIN}" diff --textconv`);
  }

  it('git diff and git log -p show annotation changes in words', async () => {
    configureTextconv();
    const store = await workspace.open('Li Wei');
    const added = await store.add({ document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'], note: 'Who may collect it?' });
    assert.ok(added.ok);
    const diff = workspace.git('diff', '--', LI_WEI);
    assert.match(diff, /^\+ ¶15 \[privacy\] en "personal information" — Who may collect it\? {2}\([a-z0-9]{8}\)$/m);
    assert.doesNotMatch(diff, /^\+ +(id|span|prefix):/m);
    workspace.commit('privacy');
    assert.match(workspace.git('log', '-p', '-1'), /^\+ ¶15 \[privacy\] en "personal information"/m);
  });

  it('policy-annotator diff HEAD~1 HEAD, and a revision against the working tree', async () => {
    const store = await workspace.open('Li Wei');
    const id = store.annotationsOn(DOCUMENT, 12)[0].id;
    assert.ok((await store.update(id, { tags: ['privacy'], note: 'Data.' })).ok);
    await workspace.annotate('张敏', { document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'] });
    workspace.commit('second pass');
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI_MAIN, ...args], { cwd: workspace.root, encoding: 'utf8' });
    const revisions = run('diff', 'HEAD~1', 'HEAD');
    assert.equal(revisions.status, 0, revisions.stderr);
    assert.equal(
      revisions.stdout,
      [`${LI_WEI} (Li Wei)`, '  ~ ¶12 tags: +privacy −security; note added', '', `${ZHANG_MIN} (张敏, new file)`, '  + ¶15 [privacy] en "personal information"', ''].join('\n'),
    );
    const json = JSON.parse(run('diff', 'HEAD~1', 'HEAD', '--json').stdout) as { files: { path: string; changes: { kind: string; text: string }[] }[] };
    assert.deepEqual(json.files.map((file) => file.changes.map((change) => change.kind)), [['changed'], ['added']]);

    assert.ok((await store.delete(id)).ok);
    assert.equal(run('diff', 'HEAD').stdout, `${LI_WEI} (Li Wei)\n  - ¶12 [privacy] — Data.\n`);
    const bad = run('diff', 'no-such-branch', 'HEAD');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /"no-such-branch" is neither a file nor a git revision/);
  });
});
