import * as assert from 'node:assert/strict';
import { loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { CONFLICT_TAG, resolveConflict } from '../../../src/core/teams/conflict/conflictMerge';
import { splitConflict } from '../../../src/core/teams/conflict/conflictSides';
import { opinions } from '../helpers/opinions';
import { DOCUMENT, LI_WEI, Workspace, hasGit } from './helpers';

const context = { documentId: DOCUMENT, document: opinions(), tagIds: new Set(['innovation', 'security', 'privacy']) };

function idsOf(text: string): string[] {
  const loaded = loadSidecar(new TextEncoder().encode(text), context);
  assert.ok(loaded.content, JSON.stringify(loaded.problems));
  return loaded.content.annotations.map((annotation) => annotation.id);
}

describe('teams: splitting conflict markers', () => {
  it('gives each side the common lines and its own, dropping a diff3 base, keeping line endings', () => {
    const text = 'a\r\n<<<<<<< HEAD\r\nours\r\n||||||| base\r\nold\r\n=======\r\ntheirs\r\n>>>>>>> feature\r\nz\r\n';
    const sides = splitConflict(text);
    assert.ok(sides && !('error' in sides));
    assert.deepEqual([sides.ours, sides.theirs, sides.oursLabel, sides.theirsLabel, sides.regions], ['a\r\nours\r\nz\r\n', 'a\r\ntheirs\r\nz\r\n', 'HEAD', 'feature', 1]);
  });

  it('refuses markers out of order, and has nothing to say about a file without them', () => {
    assert.deepEqual(splitConflict('a\n=======\nb\n'), { error: 'line 2: "=======" is out of order (the conflict markers are not as git writes them)' });
    assert.deepEqual(splitConflict('a\n<<<<<<< HEAD\nb\n'), { error: 'the last conflict is not closed by ">>>>>>>"' });
    assert.equal(splitConflict('a: 1\n'), undefined);
  });
});

describe('teams: resolving a real git conflict in a sidecar', function () {
  this.timeout(60_000);
  let workspace: Workspace;

  before(function () {
    if (!hasGit()) {
      this.skip();
    }
  });
  beforeEach(() => {
    workspace = new Workspace({ git: true });
  });
  afterEach(() => workspace.remove());

  it('keeps every annotation of both branches; one changed on both is kept twice and flagged', async () => {
    const [first, edited] = await workspace.annotate(
      'Li Wei',
      { document: DOCUMENT, provision: 3, tags: ['innovation'] },
      { document: DOCUMENT, provision: 12, tags: ['security'], note: 'Poverty relief.' },
      { document: DOCUMENT, provision: 20, tags: ['innovation'] },
    );
    workspace.commit('base');

    // Two branches edit the same annotation and insert new ones at the same place.
    workspace.git('checkout', '--quiet', '-b', 'economy');
    const economy = await workspace.open('Li Wei');
    assert.ok((await economy.update(edited.id, { note: 'Poverty relief, through e-commerce.' })).ok);
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 13, tags: ['innovation'] });
    workspace.commit('economy');
    workspace.git('checkout', '--quiet', 'main');
    workspace.git('checkout', '--quiet', '-b', 'security');
    const security = await workspace.open('Li Wei');
    assert.ok((await security.update(edited.id, { tags: ['security', 'privacy'] })).ok);
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 13, tags: ['security'], note: 'Online safety.' });
    workspace.commit('security');

    assert.throws(() => workspace.git('merge', '--quiet', '--no-edit', 'economy'), 'the merge conflicts');
    const conflicted = workspace.read(LI_WEI);
    assert.match(conflicted, /^<<<<<<< HEAD$/m);
    const ours = idsOf(workspace.git('show', `security:${LI_WEI}`));
    const theirs = idsOf(workspace.git('show', `economy:${LI_WEI}`));

    const resolution = resolveConflict(conflicted, context);
    assert.ok(!('error' in resolution), 'error' in resolution ? resolution.error : '');
    const merged = loadSidecar(new TextEncoder().encode(resolution.text), context);
    assert.deepEqual(merged.problems.filter((problem) => problem.severity === 'error'), []);
    const ids = merged.content?.annotations.map((annotation) => annotation.id) ?? [];
    for (const id of new Set([...ours, ...theirs])) {
      assert.ok(ids.includes(id), `${id} is kept`);
    }
    assert.equal(ids.length, new Set([...ours, ...theirs]).size + 1, 'one extra: the second version of the edited annotation');
    assert.equal(resolution.conflicts.length, 1);
    assert.equal(resolution.conflicts[0].id, edited.id);
    const versions = merged.content?.annotations.filter((annotation) => annotation.provision === 12) ?? [];
    const kept = versions.find((annotation) => annotation.id === edited.id);
    const copy = versions.find((annotation) => annotation.id === resolution.conflicts[0].copy);
    assert.deepEqual([kept?.tags, kept?.note], [['security', 'privacy', CONFLICT_TAG], 'Poverty relief.']);
    assert.deepEqual([copy?.tags, copy?.note], [['security', CONFLICT_TAG], 'Poverty relief, through e-commerce.']);
    assert.ok(ids.includes(first.id));
    // The file is what the extension writes: sorted by provision.
    assert.deepEqual(merged.content?.annotations.map((annotation) => annotation.provision), [3, 12, 12, 13, 13, 20]);
    assert.doesNotMatch(resolution.text, /^(<{7}|={7}|>{7})/m);
  });

  it('refuses when a side is not a notes file by itself', () => {
    const text = 'version: 1\ndocument: mobile-internet-opinions-2017\nauthor: Li Wei\nannotations:\n<<<<<<< HEAD\n  - id: [broken\n=======\n  - id: abcdefgh\n    provision: 3\n    tags: []\n    created: 2024-05-01T09:00:00Z\n    updated: 2024-05-01T09:00:00Z\n>>>>>>> other\n';
    const resolution = resolveConflict(text, context);
    assert.match('error' in resolution ? resolution.error : '', /the "HEAD" side is not a valid notes file on its own/);
  });
});
