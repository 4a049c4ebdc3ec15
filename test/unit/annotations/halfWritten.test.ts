import * as assert from 'node:assert/strict';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/annotations/files/yamlFile';
import { generateSidecar } from '../helpers/generatedNotes';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions } from '../helpers/opinions';
import { CODEBOOK, CODEBOOK_PATH, LI_WEI_PATH, openStore } from './fixtures';

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
