import * as assert from 'node:assert/strict';
import { AnnotationStore, StoreChange } from '../../../src/core/annotations/store/store';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK_PATH, DOCUMENT, LI_WEI_PATH, memoryWithCodebook, openStore, spanOf } from './fixtures';

const ZHANG_MIN_PATH = `notes/${DOCUMENT}/zhang-min.yaml`;

function ok<T>(outcome: { ok: true; value: T } | { ok: false; reason: string }): T {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  return outcome.value;
}

describe('annotations: the store', () => {
  it('starts empty without a notes folder, and creates the coder\'s sidecar on the first annotation', async () => {
    const fs = new MemoryFileSystem();
    const store = await openStore(fs);
    assert.deepEqual(store.annotations(), []);
    assert.deepEqual(store.files(), []);
    const added = ok(await store.add({ document: DOCUMENT, provision: 3, span: spanOf(3, 'digital divide'), note: 'Why here?' }));
    assert.match(added.id, /^[a-z][0-9a-z]{7}$/);
    assert.equal(added.author, 'Li Wei');
    assert.equal(added.span?.exact, 'digital divide');
    assert.deepEqual(store.annotation(added.id), added);
    assert.equal(store.pathOf(added.id), LI_WEI_PATH);
    assert.match(fs.text(LI_WEI_PATH) ?? '', /^# Policy Annotator notes/);
    assert.deepEqual(store.anchor(added), { status: 'anchored', start: added.span?.start, end: added.span?.end });
  });

  it('writes through a temporary file renamed over the target', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    ok(await store.add({ document: DOCUMENT, provision: 1 }));
    const [write, rename] = fs.writes();
    assert.match(write.path, new RegExp(`^${LI_WEI_PATH.replace(/\./g, '\\.')}\\.tmp-[0-9a-z]{8}$`));
    assert.deepEqual(rename, { op: 'rename', path: write.path, to: LI_WEI_PATH });
    assert.deepEqual([...fs.files.keys()].filter((path) => path.includes('.tmp-')), []);
  });

  it('leaves the file as it was when the rename fails, and says so', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    ok(await store.add({ document: DOCUMENT, provision: 1 }));
    const before = fs.text(LI_WEI_PATH);
    fs.failRenames = true;
    const outcome = await store.add({ document: DOCUMENT, provision: 2 });
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.reason, /could not be saved: cannot rename/);
    assert.equal(fs.text(LI_WEI_PATH), before);
    assert.deepEqual([...fs.files.keys()].filter((path) => path.includes('.tmp-')), []);
    assert.equal(store.annotations().length, 1);
  });

  it('refuses annotations on unknown provisions, with unknown tags or impossible spans', async () => {
    const store = await openStore(memoryWithCodebook());
    assert.deepEqual(await store.add({ document: DOCUMENT, provision: 25 }), { ok: false, reason: `there is no provision 25 in "${DOCUMENT}"` });
    assert.deepEqual(await store.add({ document: 'nope', provision: 1 }), { ok: false, reason: 'there is no provision 1 in "nope"' });
    assert.deepEqual(await store.add({ document: DOCUMENT, provision: 1, tags: ['mystery'] }), {
      ok: false,
      reason: 'unknown tag "mystery": add it to the codebook first',
    });
    const outcome = await store.add({ document: DOCUMENT, provision: 1, span: { language: 'en', start: 10, end: 5 } });
    assert.equal(outcome.ok, false);
  });

  it('updates tags and notes, bumping `updated` only when something changed, and writing nothing otherwise', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    const added = ok(await store.add({ document: DOCUMENT, provision: 4, tags: ['innovation'] }));
    const updated = ok(await store.update(added.id, { tags: ['innovation', 'security'], note: 'Two\nlines' }));
    assert.deepEqual(updated.tags, ['innovation', 'security']);
    assert.equal(updated.note, 'Two\nlines');
    assert.equal(updated.created, added.created);
    assert.notEqual(updated.updated, added.updated);
    const writes = fs.writes().length;
    const again = await store.update(added.id, { tags: ['innovation', 'security'], note: 'Two\nlines' });
    assert.deepEqual(again, { ok: true, value: updated, written: [] });
    assert.equal(fs.writes().length, writes);
    const cleared = ok(await store.update(added.id, { note: '  ' }));
    assert.equal('note' in cleared, false);
    assert.ok(!(fs.text(LI_WEI_PATH) ?? '').includes('note:'));
  });

  it('deletes annotations', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    const added = ok(await store.add({ document: DOCUMENT, provision: 4 }));
    ok(await store.delete(added.id));
    assert.equal(store.annotation(added.id), undefined);
    assert.match(fs.text(LI_WEI_PATH) ?? '', /annotations: \[\]\n$/);
    assert.equal((await store.delete(added.id)).ok, false);
  });

  it('tags a whole provision on one annotation per coder', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    const first = ok(await store.tagProvision(DOCUMENT, 7, 'innovation'));
    const second = ok(await store.tagProvision(DOCUMENT, 7, 'security'));
    assert.equal(second.id, first.id);
    assert.deepEqual(second.tags, ['innovation', 'security']);
    const writes = fs.writes().length;
    assert.deepEqual((await store.tagProvision(DOCUMENT, 7, 'security')).ok && fs.writes().length, writes);
    assert.equal(store.annotationsOn(DOCUMENT, 7).length, 1);
  });

  it("keeps an edit of another coder's annotation in that coder's file", async () => {
    const fs = memoryWithCodebook();
    const zhang = await openStore(fs, 'Zhang Min');
    const theirs = ok(await zhang.add({ document: DOCUMENT, provision: 9, tags: ['security'] }));
    const li = await openStore(fs);
    const edited = ok(await li.update(theirs.id, { note: 'Agreed.' }));
    assert.equal(edited.author, 'Zhang Min');
    assert.equal(li.pathOf(theirs.id), ZHANG_MIN_PATH);
    assert.match(fs.text(ZHANG_MIN_PATH) ?? '', /note: Agreed\./);
    assert.equal(fs.text(LI_WEI_PATH), undefined);
  });

  it('tells listeners which files changed, until they stop listening', async () => {
    const store = await openStore(memoryWithCodebook());
    const changes: StoreChange[] = [];
    const stop = store.onDidChange((change) => changes.push(change));
    ok(await store.add({ document: DOCUMENT, provision: 1 }));
    assert.deepEqual(changes, [{ paths: [LI_WEI_PATH] }]);
    stop();
    ok(await store.add({ document: DOCUMENT, provision: 2 }));
    assert.equal(changes.length, 1);
  });

  it('serialises saves of one file: parallel adds all land', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, index) => store.add({ document: DOCUMENT, provision: 1 + (index % 24) })));
    assert.ok(outcomes.every((outcome) => outcome.ok));
    const reopened = await openStore(fs);
    assert.equal(reopened.annotations().length, 20);
  });

  it('picks up files changed, added or deleted outside (a git pull, another window)', async () => {
    const fs = memoryWithCodebook();
    const store = await openStore(fs);
    const other = await openStore(fs, 'Zhang Min');
    ok(await other.add({ document: DOCUMENT, provision: 5 }));
    assert.equal(store.annotations().length, 0);
    const changes: StoreChange[] = [];
    store.onDidChange((change) => changes.push(change));
    await store.refresh([ZHANG_MIN_PATH, 'notes/README.md', `${ZHANG_MIN_PATH}.tmp-abcdefgh`]);
    assert.equal(store.annotations().length, 1);
    assert.deepEqual(changes, [{ paths: [ZHANG_MIN_PATH] }]);
    fs.files.delete(ZHANG_MIN_PATH);
    await store.refresh();
    assert.equal(store.annotations().length, 0);
    assert.deepEqual(store.files().map((file) => file.path), [CODEBOOK_PATH]);
  });

  it('reports a file it cannot read instead of failing, and never writes it', async () => {
    const fs = memoryWithCodebook({ [LI_WEI_PATH]: 'version: 1\n' });
    fs.unreadable.add(LI_WEI_PATH);
    const store = await openStore(fs);
    const report = store.files().find((file) => file.path === LI_WEI_PATH);
    assert.deepEqual(report, {
      path: LI_WEI_PATH,
      kind: 'notes',
      problems: [{ severity: 'error', message: `the file could not be read: permission denied: ${LI_WEI_PATH}`, line: 1, column: 1 }],
      writable: false,
    });
    assert.equal((await store.add({ document: DOCUMENT, provision: 1 })).ok, false);
    fs.unreadable.clear();
    fs.files.delete(LI_WEI_PATH);
    await store.refresh([LI_WEI_PATH]);
    assert.deepEqual(store.files().map((file) => file.path), [CODEBOOK_PATH]);
  });

  describe('the codebook', () => {
    it('adds and updates tags, refusing what the schema forbids', async () => {
      const fs = memoryWithCodebook();
      const store = await openStore(fs);
      ok(await store.addTag({ id: 'openness', label: { en: 'Openness', zh: '开放' }, description: '', color: '#2ca02c', parent: 'innovation' }));
      assert.deepEqual(store.codebook.tags.map((tag) => tag.id), ['innovation', 'security', 'content-control', 'openness']);
      assert.deepEqual(await store.addTag({ id: 'openness', label: { en: 'x', zh: 'x' }, description: '', color: '#000000' }), {
        ok: false,
        reason: 'the codebook already has a tag "openness"',
      });
      const badColour = await store.addTag({ id: 'red', label: { en: 'Red', zh: '红' }, description: '', color: 'red' });
      assert.deepEqual(badColour, { ok: false, reason: `${CODEBOOK_PATH} was not written: the change is invalid: tags[4].color: "red" is not a colour written #rrggbb` });
      const moved = ok(await store.updateTag('openness', { parent: null, color: '#00aa00' }));
      assert.deepEqual(moved, { id: 'openness', label: { en: 'Openness', zh: '开放' }, description: '', color: '#00aa00' });
      const cycle = await store.updateTag('security', { parent: 'content-control' });
      assert.equal(cycle.ok, false);
    });

    it('renames a tag in the codebook and in every file that uses it, and only those', async () => {
      const fs = memoryWithCodebook();
      const li = await openStore(fs);
      const zhang = await openStore(fs, 'Zhang Min');
      const wang = await openStore(fs, 'Wang Fang');
      const mine = ok(await li.add({ document: DOCUMENT, provision: 1, tags: ['security', 'innovation'] }));
      const theirs = ok(await zhang.add({ document: DOCUMENT, provision: 2, tags: ['security'] }));
      ok(await wang.add({ document: DOCUMENT, provision: 3, tags: ['innovation'] }));
      const wangBefore = fs.text(`notes/${DOCUMENT}/wang-fang.yaml`);
      await li.refresh();
      const renamed = await li.renameTag('security', 'cybersecurity');
      assert.ok(renamed.ok);
      assert.deepEqual([...renamed.written].sort(), [CODEBOOK_PATH, LI_WEI_PATH, ZHANG_MIN_PATH]);
      assert.equal(fs.text(`notes/${DOCUMENT}/wang-fang.yaml`), wangBefore);
      assert.deepEqual(li.annotation(mine.id)?.tags, ['cybersecurity', 'innovation']);
      assert.deepEqual(li.annotation(theirs.id)?.tags, ['cybersecurity']);
      assert.equal(li.annotation(mine.id)?.updated, mine.updated);
      assert.equal(li.codebook.tags.find((tag) => tag.id === 'content-control')?.parent, 'cybersecurity');
      assert.deepEqual(li.files().flatMap((file) => file.problems), []);
      assert.equal((await li.renameTag('innovation', 'cybersecurity')).ok, false);
    });

    it('merges a tag into another, without repeating it on annotations that had both', async () => {
      const fs = memoryWithCodebook();
      const store = await openStore(fs);
      const both = ok(await store.add({ document: DOCUMENT, provision: 1, tags: ['content-control', 'security'] }));
      const one = ok(await store.add({ document: DOCUMENT, provision: 2, tags: ['security'] }));
      ok(await store.mergeTags('security', 'content-control'));
      assert.deepEqual(store.annotation(both.id)?.tags, ['content-control']);
      assert.deepEqual(store.annotation(one.id)?.tags, ['content-control']);
      // content-control was security's child; it takes security's place at the top.
      assert.deepEqual(store.codebook.tags.map((tag) => [tag.id, tag.parent]), [['innovation', undefined], ['content-control', undefined]]);
    });

    it('refuses a rename as a whole while a file that uses the tag has errors', async () => {
      const broken = `version: 1\ndocument: ${DOCUMENT}\nauthor: Zhang Min\nannotations:\n  - id: aaaaaaaa\n    provision: 1\n    tags: [security]\n    created: 2024-05-01T10:00:00Z\n    updated: 2024-05-01T10:00:00Z\n  - id: bbbbbbbb\n`;
      const fs = memoryWithCodebook({ [ZHANG_MIN_PATH]: broken });
      const store = await openStore(fs);
      const outcome = await store.renameTag('security', 'cybersecurity');
      assert.equal(outcome.ok, false);
      assert.match(outcome.ok ? '' : outcome.reason, /zhang-min\.yaml is not written while it has errors/);
      assert.deepEqual(fs.writes(), []);
    });
  });

  describe('two windows on the same files', () => {
    it('merge their edits by annotation id instead of overwriting each other', async () => {
      const fs = memoryWithCodebook();
      const open = () => AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei' });
      const left = await open();
      const right = await open();
      const x = ok(await left.add({ document: DOCUMENT, provision: 1 }));
      // The right window has not seen x, and adds y.
      const y = ok(await right.add({ document: DOCUMENT, provision: 2 }));
      assert.deepEqual(right.annotations().map((annotation) => annotation.id), [x.id, y.id]);
      const third = await open();
      // The left window has not seen y: it edits x and adds z.
      ok(await left.update(x.id, { tags: ['innovation'] }));
      const z = ok(await left.add({ document: DOCUMENT, provision: 3 }));
      // Each edits a different field of the same annotation from a stale copy.
      ok(await right.update(x.id, { note: 'from the right' }));
      ok(await left.update(x.id, { tags: ['innovation', 'security'] }));
      // A deletion in one window is not undone by the other's unrelated save.
      ok(await right.delete(y.id));
      ok(await left.update(z.id, { note: 'from the left' }));
      const final = await open();
      assert.deepEqual(final.annotations().map((annotation) => annotation.id), [x.id, z.id]);
      assert.deepEqual(final.annotation(x.id)?.tags, ['innovation', 'security']);
      assert.equal(final.annotation(x.id)?.note, 'from the right');
      assert.equal(final.annotation(z.id)?.note, 'from the left');
      // Editing what the other window deleted is refused rather than resurrecting it.
      assert.ok(third.annotation(y.id));
      const stale = await third.update(y.id, { note: 'too late' });
      assert.deepEqual(stale, { ok: false, reason: `annotation ${y.id} was deleted in the meantime (in another window or by hand)` });
      assert.equal(third.annotation(y.id), undefined);
      assert.equal((await open()).annotation(y.id), undefined);
    });
  });
});
