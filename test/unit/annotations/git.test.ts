import * as assert from 'node:assert/strict';
import { NotesWorkspace, hasGit } from '../helpers/notesWorkspace';
import { Sidecar } from '../../../src/core/annotations/model/annotation';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { CODEBOOK, DOCUMENT } from './fixtures';

/** A throw-away repository with the codebook committed on `main`. */
class Repository extends NotesWorkspace {
  constructor() {
    super({ notesFolder: 'notes', codebook: CODEBOOK, git: true });
  }
}

async function added(outcome: Promise<{ ok: true; value: { id: string } } | { ok: false; reason: string }>): Promise<string> {
  const result = await outcome;
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.value.id;
}

describe('annotations: sidecars in git', function () {
  this.timeout(30_000);
  let repository: Repository;

  before(function () {
    if (!hasGit()) {
      this.skip();
    }
  });
  beforeEach(() => {
    repository = new Repository();
  });
  afterEach(() => repository.remove());

  it('merges two coders who annotated the same provision on two branches', async () => {
    repository.git('checkout', '--quiet', '-b', 'li');
    const li = await repository.open('Li Wei');
    await added(li.add({ document: DOCUMENT, provision: 12, tags: ['security'] }));
    repository.commit('Li Wei codes ¶12');
    repository.git('checkout', '--quiet', 'main');
    repository.git('checkout', '--quiet', '-b', 'zhang');
    const zhang = await repository.open('张敏');
    await added(zhang.add({ document: DOCUMENT, provision: 12, tags: ['innovation'], note: '同意' }));
    repository.commit('张敏 codes ¶12');

    assert.ok(repository.merge('li'), repository.git('status'));
    const merged = await repository.open('Li Wei');
    assert.deepEqual(merged.files().map((file) => [file.path, file.problems.length]), [
      ['notes/codebook.yaml', 0],
      [`notes/${DOCUMENT}/li-wei.yaml`, 0],
      [`notes/${DOCUMENT}/张敏.yaml`, 0],
    ]);
    assert.equal(merged.annotationsOn(DOCUMENT, 12).length, 2);
  });

  it("merges one coder's work on different provisions in two branches, edits included", async () => {
    const base = await repository.open('Li Wei');
    const first = await added(base.add({ document: DOCUMENT, provision: 1, tags: ['innovation'] }));
    await added(base.add({ document: DOCUMENT, provision: 10, tags: ['security'] }));
    const last = await added(base.add({ document: DOCUMENT, provision: 24, note: 'Implementation.' }));
    repository.commit('first pass');

    repository.git('checkout', '--quiet', '-b', 'economy');
    const economy = await repository.open('Li Wei');
    await added(economy.add({ document: DOCUMENT, provision: 5, tags: ['innovation'] }));
    assert.ok((await economy.update(last, { tags: ['innovation'] })).ok);
    repository.commit('economy');

    repository.git('checkout', '--quiet', 'main');
    repository.git('checkout', '--quiet', '-b', 'security');
    const security = await repository.open('Li Wei');
    await added(security.add({ document: DOCUMENT, provision: 15, span: { language: 'zh', start: 0, end: 4 }, tags: ['security'] }));
    // The annotation just above the economy branch's insertion changes, up to its last line.
    assert.ok((await security.update(first, { note: 'Sets the tone.' })).ok);
    repository.commit('security');

    assert.ok(repository.merge('economy'), repository.git('diff'));
    const file = `notes/${DOCUMENT}/li-wei.yaml`;
    const merged = await repository.open('Li Wei');
    assert.deepEqual(merged.files().flatMap((report) => report.problems), []);
    assert.deepEqual(merged.annotations().map((annotation) => annotation.provision), [1, 5, 10, 15, 24]);
    assert.equal(merged.annotation(first)?.note, 'Sets the tone.');
    assert.deepEqual(merged.annotation(last)?.tags, ['innovation']);
    // The merge is what the extension would have written: still sorted, same bytes when saved.
    const text = repository.read(file);
    const loaded = merged.files().find((report) => report.path === file);
    assert.ok(loaded?.writable);
    const sidecar: Sidecar = { document: DOCUMENT, author: 'Li Wei', annotations: merged.annotations() };
    assert.equal(serialise(SIDECAR_FORMAT, sidecar), text);
  });
});
