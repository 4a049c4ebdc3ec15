import * as assert from 'node:assert/strict';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { generateSidecar } from '../helpers/generatedNotes';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { FileStamp } from '../../../src/core/storage/fileSystem';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK, CODEBOOK_PATH, LI_WEI_PATH, NOTES, openStore, ticking } from './fixtures';

/** A file system on which a file is caught half written once: truncated, its new bytes not there yet. */
class TruncatedOnce extends MemoryFileSystem {
  truncated: string | undefined;

  override async readFile(path: string): Promise<Uint8Array | undefined> {
    if (path === this.truncated) {
      this.truncated = undefined;
      return new Uint8Array(0);
    }
    return super.readFile(path);
  }
}

describe('annotations: a file caught while it is written', () => {
  it('is read again a moment later rather than reported empty', async () => {
    const fs = new TruncatedOnce({ [CODEBOOK_PATH]: CODEBOOK, [LI_WEI_PATH]: serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 3, { seed: 5 })) });
    const store = await openStore(fs);
    fs.setText(LI_WEI_PATH, serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 4, { seed: 6 })));
    fs.truncated = LI_WEI_PATH;
    await store.refresh([LI_WEI_PATH]);
    assert.deepEqual(store.files().flatMap((file) => file.problems.filter((problem) => problem.severity === 'error')), []);
    assert.equal(store.annotations().length, 4);
  });
});

/** A file system on which every look at a file's stamp finds it changed again (a writer that never stops). */
class NeverQuiet extends MemoryFileSystem {
  writing: string | undefined;
  private pieces = 0;

  override async stat(path: string): Promise<FileStamp | undefined> {
    if (path === this.writing) {
      this.setText(path, `version: 1\nannotations: [${'x'.repeat(++this.pieces)}`);
    }
    return super.stat(path);
  }
}

describe('annotations: following a file until it is quiet', () => {
  const settling = { quietMs: 5, maxReads: 4 };
  const open = (fs: MemoryFileSystem) => AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', now: ticking(), settling });
  const reads = (fs: MemoryFileSystem, op: 'read' | 'stat') => fs.log.filter((entry) => entry.op === op && entry.path === LI_WEI_PATH).length;

  it('reads a file broken for good once, and shows its problem after one quiet interval', async () => {
    const fs = new MemoryFileSystem({ [CODEBOOK_PATH]: CODEBOOK, [LI_WEI_PATH]: serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 3, { seed: 5 })) });
    const store = await open(fs);
    fs.setText(LI_WEI_PATH, 'version: 1\nannotations: [\n  - id: abcdefgh\n');
    fs.log.length = 0;
    await store.refresh([LI_WEI_PATH]);
    assert.deepEqual([reads(fs, 'read'), reads(fs, 'stat')], [1, 2]);
    assert.equal(store.files().find((file) => file.path === LI_WEI_PATH)?.problems[0]?.line, 3);
  });

  it('gives up on a file that never stops changing after maxReads reads, and shows it as last read', async () => {
    const fs = new NeverQuiet({ [CODEBOOK_PATH]: CODEBOOK, [LI_WEI_PATH]: serialise(SIDECAR_FORMAT, generateSidecar(opinions(), 3, { seed: 5 })) });
    const store = await open(fs);
    fs.writing = LI_WEI_PATH;
    fs.setText(LI_WEI_PATH, 'version: 1\nannotations: [');
    fs.log.length = 0;
    await store.refresh([LI_WEI_PATH]);
    assert.equal(reads(fs, 'read'), settling.maxReads);
    assert.ok(store.files().find((file) => file.path === LI_WEI_PATH)?.problems.some((problem) => problem.severity === 'error'));
  });
});
