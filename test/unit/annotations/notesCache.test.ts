import * as assert from 'node:assert/strict';
import { CODEBOOK_FORMAT } from '../../../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { NotesCache } from '../../../src/core/annotations/store/notesCache';
import { serialise } from '../../../src/core/yaml';
import { GENERATED_CODEBOOK, generateSidecar } from '../helpers/generatedNotes';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK_PATH, DOCUMENT, LI_WEI_PATH, NOTES, ticking } from './fixtures';

const ZHANG_MIN_PATH = `notes/${DOCUMENT}/zhang-min.yaml`;
const ENTRIES = 'policy-documents/.cache/notes/';

/** A team's workspace with documents of its own (so it has a cache folder): two coders' files. */
function workspace(): MemoryFileSystem {
  return new MemoryFileSystem({
    'policy-documents/some-law/document.yaml': 'id: some-law\n',
    [CODEBOOK_PATH]: serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK),
    [LI_WEI_PATH]: serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 20, { seed: 1, author: 'Li Wei' })),
    [ZHANG_MIN_PATH]: serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 20, { seed: 2, author: 'Zhang Min' })),
  });
}

function open(fs: MemoryFileSystem, cache: boolean = true): Promise<AnnotationStore> {
  return AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', now: ticking(), ...(cache && { cache: new NotesCache(fs) }) });
}

function entries(fs: MemoryFileSystem): string[] {
  return [...fs.files.keys()].filter((path) => path.startsWith(ENTRIES)).sort();
}

/** The entry of a notes file, as JSON. */
function entryOf(fs: MemoryFileSystem, notesPath: string): { path: string; key: string; value: { annotations: { id: string; note?: string }[] } } {
  const found = entries(fs)
    .map((path) => ({ path, entry: JSON.parse(fs.text(path)!) as ReturnType<typeof entryOf> }))
    .find(({ entry }) => entry.path === notesPath);
  assert.ok(found, `an entry for ${notesPath}`);
  return found.entry;
}

/** The file of a notes file's entry. */
function entryPath(fs: MemoryFileSystem, notesPath: string): string {
  return entries(fs).find((candidate) => (JSON.parse(fs.text(candidate)!) as { path: string }).path === notesPath)!;
}

describe('annotations: the cache of parsed notes', () => {
  it('keeps each file that read cleanly, and a store opened later reads it from there', async () => {
    const fs = workspace();
    const first = await open(fs);
    assert.equal(entries(fs).length, 2);
    assert.equal(fs.text(`policy-documents/.cache/.gitignore`)?.includes('*'), true, 'the cache folder keeps itself out of git');
    // What the entry says is what a store reads: an entry edited in place (its key kept) shows.
    const entry = entryOf(fs, LI_WEI_PATH);
    entry.value.annotations[0].note = 'said by the cache';
    fs.setText(entryPath(fs, LI_WEI_PATH), JSON.stringify(entry));
    const second = await open(fs);
    assert.equal(second.annotation(entry.value.annotations[0].id)?.note, 'said by the cache');
    // Everything else is as read from the files.
    const others = (store: AnnotationStore) => store.annotations().filter((annotation) => annotation.id !== entry.value.annotations[0].id);
    assert.deepEqual(others(second), others(first));
    assert.deepEqual(second.files(), first.files());
  });

  it('misses when the file changed, and keeps the new reading', async () => {
    const fs = workspace();
    await open(fs);
    const before = entryOf(fs, LI_WEI_PATH);
    fs.setText(LI_WEI_PATH, serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 5, { seed: 9, author: 'Li Wei' })));
    const store = await open(fs);
    assert.equal(store.annotations().filter((annotation) => annotation.author === 'Li Wei').length, 5);
    const after = entryOf(fs, LI_WEI_PATH);
    assert.notEqual(after.key, before.key);
    assert.equal(after.value.annotations.length, 5);
  });

  it('ignores an entry that is not JSON, or not a sidecar, and writes it anew', async () => {
    const fs = workspace();
    const expected = (await open(fs, false)).annotations();
    await open(fs);
    const sound = entryOf(fs, LI_WEI_PATH);
    const zhang = entryOf(fs, ZHANG_MIN_PATH);
    const [liWeiEntry, zhangEntry] = [entryPath(fs, LI_WEI_PATH), entryPath(fs, ZHANG_MIN_PATH)];
    fs.setText(liWeiEntry, '{"key": "half a fi');
    fs.setText(zhangEntry, JSON.stringify({ ...zhang, value: { ...zhang.value, annotations: [{ ...zhang.value.annotations[0], id: 7 }] } }));
    assert.deepEqual((await open(fs)).annotations(), expected);
    assert.deepEqual(entryOf(fs, LI_WEI_PATH), sound);
    assert.equal(entryOf(fs, ZHANG_MIN_PATH).path, ZHANG_MIN_PATH);
    assert.equal(entryOf(fs, ZHANG_MIN_PATH).value.annotations.length, 20);
  });

  it('ignores an entry of another file with the same bytes', async () => {
    const fs = workspace();
    await open(fs);
    const entry = entryOf(fs, LI_WEI_PATH);
    fs.setText(entryPath(fs, LI_WEI_PATH), JSON.stringify({ ...entry, path: ZHANG_MIN_PATH }));
    const store = await open(fs);
    assert.equal(store.annotations().filter((annotation) => annotation.author === 'Li Wei').length, 20);
    assert.equal(entryOf(fs, LI_WEI_PATH).path, LI_WEI_PATH);
  });

  it('keeps no file with problems, so each of its problems is reported as ever', async () => {
    const fs = workspace();
    const text = fs.text(LI_WEI_PATH)!.replace(/tags: \[([^\]]+)\]/, 'tags: [no-such-tag, $1]');
    assert.notEqual(text, fs.text(LI_WEI_PATH));
    fs.setText(LI_WEI_PATH, text);
    const expected = (await open(fs, false)).files();
    await open(fs);
    assert.deepEqual(entries(fs).map((path) => (JSON.parse(fs.text(path)!) as { path: string }).path), [ZHANG_MIN_PATH]);
    const problems = (await open(fs)).files();
    assert.deepEqual(problems, expected);
    assert.equal(problems.find((file) => file.path === LI_WEI_PATH)?.problems.length, 1);
  });

  it('checks a kept file again against what else it depends on: a tag the codebook no longer has is reported', async () => {
    const fs = workspace();
    await open(fs);
    const used = entryOf(fs, LI_WEI_PATH).value.annotations.flatMap((annotation) => (annotation as { tags?: string[] }).tags ?? [])[0];
    const codebook = { tags: GENERATED_CODEBOOK.tags.filter((tag) => tag.id !== used && tag.parent !== used) };
    fs.setText(CODEBOOK_PATH, serialise(CODEBOOK_FORMAT, codebook));
    const withCache = (await open(fs)).files();
    assert.deepEqual(withCache, (await open(fs, false)).files());
    assert.ok(withCache.find((file) => file.path === LI_WEI_PATH)!.problems.some((problem) => problem.message.includes(used)));
  });

  it('saves into a file read from the cache the bytes a store that parsed it saves', async () => {
    const fs = workspace();
    await open(fs);
    const parsed = new MemoryFileSystem(Object.fromEntries([...fs.files.keys()].map((path) => [path, fs.text(path)!])));
    const before = fs.text(LI_WEI_PATH);
    const id = entryOf(fs, LI_WEI_PATH).value.annotations[3].id;
    const [fromCache, fromParse] = await Promise.all([open(fs), open(parsed, false)]);
    assert.ok((await fromCache.update(id, { note: 'changed' })).ok);
    assert.ok((await fromParse.update(id, { note: 'changed' })).ok);
    assert.notEqual(fs.text(LI_WEI_PATH), before);
    assert.equal(fs.text(LI_WEI_PATH), parsed.text(LI_WEI_PATH));
  });

  it('keeps what a save wrote, so that the next reading of the file finds it', async () => {
    const fs = workspace();
    const store = await open(fs);
    const id = entryOf(fs, LI_WEI_PATH).value.annotations[0].id;
    assert.ok((await store.update(id, { note: 'saved' })).ok);
    // The entry is written after the save returns: wait for it.
    for (let turn = 0; turn < 100 && entryOf(fs, LI_WEI_PATH).value.annotations[0].note !== 'saved'; turn++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(entryOf(fs, LI_WEI_PATH).value.annotations[0].note, 'saved');
    const reads = fs.log.length;
    assert.equal((await open(fs)).annotation(id)?.note, 'saved');
    assert.ok(!fs.log.slice(reads).some((operation) => operation.op === 'write' && operation.path.startsWith(ENTRIES)), 'the entry was sound: nothing written anew');
  });

  it('writes nothing in a workspace without documents of its own', async () => {
    const fs = workspace();
    fs.files.delete('policy-documents/some-law/document.yaml');
    await open(fs);
    assert.deepEqual(entries(fs), []);
  });
});
