import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { CONFLICT_TAG } from '../../../src/core/teams/conflict/conflictMerge';
import { mergeThreeWay } from '../../../src/core/teams/conflict/threeWayMerge';
import { loadLooseSidecar } from '../../../src/core/teams/review/looseSidecar';
import { opinionsLibrary } from '../helpers/opinions';
import { CLI_MAIN, DOCUMENT, LI_WEI, Workspace, hasGit } from './helpers';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('policy-annotator merge-driver: a three-way merge of sidecars by annotation id', function () {
  this.timeout(60_000);
  let workspace: Workspace;
  beforeEach(function () {
    if (!hasGit()) {
      this.skip();
    }
    workspace = new Workspace({ git: true });
    workspace.write('.gitattributes', 'policy-notes/**/*.yaml merge=policy-notes\n');
    workspace.git('config', 'merge.policy-notes.driver', `"${process.execPath}" "${CLI_MAIN}" merge-driver %O %A %B`);
  });
  afterEach(() => workspace?.remove());

  const store = (): Promise<AnnotationStore> => workspace.open('Li Wei');

  /** Li Wei's file with three annotations on main, then a branch `other` made from it. */
  async function start(): Promise<string[]> {
    const added = await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 3, tags: ['innovation'] }, { document: DOCUMENT, provision: 5, note: 'five' }, { document: DOCUMENT, provision: 7, tags: ['security'] });
    workspace.commit('three annotations');
    workspace.git('branch', 'other');
    return added.map((annotation) => annotation.id);
  }

  it('keeps a deletion on one branch and an addition on the other, without a conflict', async () => {
    const [first] = await start();
    const deleted = await (await store()).delete(first);
    assert.ok(deleted.ok);
    workspace.commit('delete one');
    workspace.git('checkout', '--quiet', 'other');
    const [added] = await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 4, note: 'added on other' });
    workspace.commit('add one');
    workspace.git('checkout', '--quiet', 'main');
    assert.equal(workspace.merge('other'), true, workspace.git('status', '--short'));
    const merged = await store();
    assert.equal(merged.annotation(first), undefined, 'the deletion stays');
    assert.equal(merged.annotation(added.id)?.note, 'added on other');
    assert.equal(merged.annotations().length, 3);
    assert.deepEqual(merged.files().flatMap((file) => file.problems), []);
  });

  it('keeps both branches\' additions in the same place of the file', async () => {
    await start();
    const [ours] = await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 4, note: 'ours' });
    workspace.commit('ours');
    workspace.git('checkout', '--quiet', 'other');
    const [theirs] = await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 4, note: 'theirs' });
    workspace.commit('theirs');
    workspace.git('checkout', '--quiet', 'main');
    assert.equal(workspace.merge('other'), true);
    const merged = await store();
    assert.deepEqual([merged.annotation(ours.id)?.note, merged.annotation(theirs.id)?.note], ['ours', 'theirs']);
  });

  it('stops on an annotation both branches changed differently, keeping both versions tagged for review', async () => {
    const [, second] = await start();
    assert.ok((await (await store()).update(second, { note: 'ours says' })).ok);
    workspace.commit('ours');
    workspace.git('checkout', '--quiet', 'other');
    assert.ok((await (await store()).update(second, { note: 'theirs says' })).ok);
    workspace.commit('theirs');
    workspace.git('checkout', '--quiet', 'main');
    assert.equal(workspace.merge('other'), false, 'git stops for review');
    assert.doesNotMatch(workspace.read(LI_WEI), /^(<<<<<<<|=======|>>>>>>>)/m);
    const merged = await store();
    const flagged = merged.annotations().filter((annotation) => annotation.tags.includes(CONFLICT_TAG));
    assert.deepEqual(flagged.map((annotation) => annotation.note).sort(), ['ours says', 'theirs says']);
    assert.equal(merged.annotation(second)?.note, 'ours says');
  });
});

describe('mergeThreeWay', () => {
  const head = `version: 1\ndocument: ${DOCUMENT}\nauthor: Li Wei\nannotations:\n`;
  const item = (id: string, provision: number, note: string) => `  - id: ${id}\n    provision: ${provision}\n    tags: []\n    note: ${note}\n    created: 2024-05-01T10:00:00Z\n    updated: 2024-05-01T10:00:00Z\n`;

  it('gives the same bytes for the same inputs, whatever the order the ids come in', () => {
    const base = head + item('aaaaaaaa', 1, 'one') + item('bbbbbbbb', 2, 'two');
    const ours = head + item('bbbbbbbb', 2, 'two, ours') + item('aaaaaaaa', 1, 'one');
    const theirs = head + item('aaaaaaaa', 1, 'one') + item('bbbbbbbb', 2, 'two, theirs') + item('cccccccc', 3, 'three');
    const first = mergeThreeWay(bytes(base), bytes(ours), bytes(theirs), opinionsLibrary());
    const second = mergeThreeWay(bytes(base), bytes(ours), bytes(theirs), opinionsLibrary());
    assert.ok('text' in first && 'text' in second);
    assert.equal(first.text, second.text);
    assert.equal(first.conflicts.length, 1);
    assert.match(first.text, /note: three/);
  });

  it('deletes what both deleted, and keeps a change the other side deleted, tagged', () => {
    const base = head + item('aaaaaaaa', 1, 'one') + item('bbbbbbbb', 2, 'two');
    const ours = head + item('bbbbbbbb', 2, 'two changed');
    const theirs = `${head.replace('annotations:\n', 'annotations: []\n')}`;
    const merged = mergeThreeWay(bytes(base), bytes(ours), bytes(theirs), opinionsLibrary());
    assert.ok('text' in merged);
    assert.doesNotMatch(merged.text, /aaaaaaaa/);
    assert.match(merged.text, /id: bbbbbbbb[\s\S]*merge-conflict/);
    assert.deepEqual(merged.conflicts, [{ id: 'bbbbbbbb' }]);
  });

  describe('keeps the comments theirs wrote', () => {
    const merge = (base: string, ours: string, theirs: string): string => {
      const merged = mergeThreeWay(bytes(base), bytes(ours), bytes(theirs), opinionsLibrary());
      assert.ok('text' in merged, 'error' in merged ? merged.error : '');
      assert.equal(merged.text, (mergeThreeWay(bytes(base), bytes(ours), bytes(theirs), opinionsLibrary()) as { text: string }).text, 'the same bytes again');
      assert.deepEqual(loadLooseSidecar(bytes(merged.text), opinionsLibrary()).problems, []);
      return merged.text;
    };
    const base = head + item('aaaaaaaa', 1, 'one') + item('cccccccc', 3, 'three');
    const ours = head + item('aaaaaaaa', 1, 'one') + '  # ours: check with the 2019 text\n' + item('bbbbbbbb', 2, 'ours added') + item('cccccccc', 3, 'three');

    it('on an annotation theirs added, above it and on its lines', () => {
      const theirs = head + item('aaaaaaaa', 1, 'one') + '  # theirs: weak evidence\n' + item('dddddddd', 2, 'theirs added').replace('note: theirs added', 'note: theirs added # see art. 4') + item('cccccccc', 3, 'three');
      const text = merge(base, ours, theirs);
      assert.match(text, /# ours: check with the 2019 text\n {2}- id: bbbbbbbb/);
      assert.match(text, /# theirs: weak evidence\n {2}- id: dddddddd[^]*note: theirs added # see art\. 4\n/);
    });

    it('on an annotation theirs changed', () => {
      const theirs = head + item('aaaaaaaa', 1, 'one') + '  # theirs: changed after the meeting\n' + item('cccccccc', 3, 'three, theirs').replace('tags: []', 'tags: [] # none fits');
      const text = merge(base, ours, theirs);
      assert.match(text, /# theirs: changed after the meeting\n {2}- id: cccccccc[^]*tags: \[\] # none fits\n[^]*note: three, theirs\n/);
      assert.match(text, /# ours: check with the 2019 text\n/);
    });

    it('on an annotation both kept as it was, and at the top of the file', () => {
      const theirs = `# theirs: second coding round\n${head}${item('aaaaaaaa', 1, 'one').replace('provision: 1', 'provision: 1 # the preamble')}${item('cccccccc', 3, 'three')}`;
      const text = merge(base, ours, theirs);
      assert.match(text, /^# theirs: second coding round\n/);
      assert.match(text, /provision: 1 # the preamble\n/);
      assert.match(text, /# ours: check with the 2019 text\n {2}- id: bbbbbbbb/);
    });

    it('keeps ours\' text where both sides wrote comments on the same annotation', () => {
      const mine = head + item('aaaaaaaa', 1, 'one').replace('note: one', 'note: one # ours') + item('cccccccc', 3, 'three');
      const theirs = head + item('aaaaaaaa', 1, 'one').replace('note: one', 'note: one # theirs') + item('cccccccc', 3, 'three');
      const text = merge(base, mine, theirs);
      assert.match(text, /note: one # ours\n/);
      assert.doesNotMatch(text, /# theirs/);
    });
  });

  it('refuses versions that are not notes files', () => {
    const merged = mergeThreeWay(bytes(''), bytes('not: [notes'), bytes(head), opinionsLibrary());
    assert.match('error' in merged ? merged.error : '', /^the ours version is not a valid notes file/);
  });
});
