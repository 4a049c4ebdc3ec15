import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/cli/nodeFileSystem';
import { Sidecar } from '../../../src/core/annotations/annotation';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/sidecarFile';
import { AnnotationStore } from '../../../src/core/annotations/store';
import { serialise } from '../../../src/core/annotations/yamlFile';
import { opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK, DOCUMENT } from './fixtures';

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A throw-away repository with the codebook committed on `main`. */
class Repository {
  readonly root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-git-'));
  private minute = 0;

  constructor() {
    this.git('init', '--quiet');
    // Whatever the default branch is called on this machine.
    this.git('symbolic-ref', 'HEAD', 'refs/heads/main');
    mkdirSync(path.join(this.root, 'notes'));
    writeFileSync(path.join(this.root, 'notes', 'codebook.yaml'), CODEBOOK);
    this.commit('codebook');
  }

  git(...args: string[]): string {
    const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
    return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, ...identity },
    });
  }

  commit(message: string): void {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--message', message);
  }

  /** A store on the working tree, with a clock that keeps moving across stores (as real time would). */
  open(author: string): Promise<AnnotationStore> {
    return AnnotationStore.open({
      fs: new NodeFileSystem(this.root),
      library: opinionsLibrary(),
      notesFolder: 'notes',
      author,
      now: () => new Date(Date.UTC(2024, 4, 1, 9, this.minute++)),
    });
  }

  /** Merges `branch` into the current branch; true when git needed no help. */
  merge(branch: string): boolean {
    try {
      this.git('merge', '--quiet', '--no-edit', branch);
      return true;
    } catch {
      return false;
    }
  }

  read(file: string): string {
    return readFileSync(path.join(this.root, file), 'utf8');
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
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
