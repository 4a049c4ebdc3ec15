import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK, CODEBOOK_PATH, LI_WEI_PATH } from '../annotations/fixtures';

/** A store on a notes folder whose sidecar (Li Wei's) holds `bytes`; an edit is attempted on it. */
async function refusedEdit(bytes: Uint8Array): Promise<{ readonly problems: readonly string[]; readonly reason: string; readonly writes: number }> {
  const fs = new MemoryFileSystem({ [CODEBOOK_PATH]: CODEBOOK });
  fs.files.set(LI_WEI_PATH, bytes);
  const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei' });
  const report = store.files().find((file) => file.path === LI_WEI_PATH);
  const outcome = await store.add({ document: opinions().id, provision: 1, note: 'one more' });
  return {
    problems: (report?.problems ?? []).map((problem) => `${problem.line}:${problem.column} ${problem.message}`),
    reason: outcome.ok ? 'written' : outcome.reason,
    writes: fs.writes().length,
  };
}

describe('abuse: files built to exhaust the reader', function () {
  this.timeout(60_000);

  it('refuses a 50 MB sidecar with a message, without reading it', async () => {
    // A valid head, then 50 MB of one annotation's note: a parser would take minutes and gigabytes.
    const head = new TextEncoder().encode(`version: 1\ndocument: ${opinions().id}\nauthor: Li Wei\nannotations:\n  - id: aaaaaaaa\n    provision: 1\n    note: `);
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    bytes.set(head);
    const refused = await refusedEdit(bytes);
    assert.deepEqual(refused.problems, ['1:1 the file is 50.0 MB; files over 5 MB are not read']);
    assert.equal(refused.reason, `${LI_WEI_PATH} is not written while it has errors: 1:1 the file is 50.0 MB; files over 5 MB are not read`);
    assert.equal(refused.writes, 0);
  });

  it('refuses a YAML alias bomb ("billion laughs") with a message', async () => {
    // Nine levels of ten aliases each: 10⁹ strings once expanded.
    let bomb = `version: 1\ndocument: ${opinions().id}\nauthor: Li Wei\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
    for (let level = 1; level < 10; level++) {
      bomb += `lol${level}: &l${level} [${Array(10).fill(`*l${level - 1}`).join(', ')}]\n`;
    }
    bomb += 'annotations: []\n';
    const refused = await refusedEdit(new TextEncoder().encode(bomb));
    assert.deepEqual(refused.problems, ['5:12 aliases refused: Excessive alias count indicates a resource exhaustion attack']);
    assert.match(refused.reason, /is not written while it has errors: 5:12 aliases refused/);
    assert.equal(refused.writes, 0);
  });
});
