import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadCodebook } from '../../../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { CODEBOOK, LI_WEI_PATH } from '../annotations/fixtures';
import { sidecarContext, sidecars } from './arbitraries';

const encode = (text: string) => new TextEncoder().encode(text);

/** A valid sidecar by Li Wei whose bytes the mutations start from. */
const VALID = sidecars(8)
  .filter((sidecar) => sidecar.annotations.length >= 2)
  .map((sidecar) => encode(serialise(SIDECAR_FORMAT, { ...sidecar, author: 'Li Wei', annotations: sidecar.annotations.map((annotation) => ({ ...annotation, author: 'Li Wei', tags: [] })) })));

/** Ways to break a file: random bytes, a truncation, flipped bytes, a chunk of it repeated or deleted. */
const BROKEN: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  VALID.chain((bytes) => fc.nat({ max: bytes.length }).map((end) => bytes.slice(0, end))),
  VALID.chain((bytes) =>
    fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
      const copy = bytes.slice();
      flips.forEach(([at, mask]) => (copy[at] ^= mask));
      return copy;
    }),
  ),
  VALID.chain((bytes) =>
    fc.tuple(fc.nat({ max: bytes.length }), fc.nat({ max: bytes.length }), fc.boolean()).map(([a, b, repeat]) => {
      const [start, end] = a < b ? [a, b] : [b, a];
      return new Uint8Array([...bytes.slice(0, repeat ? end : start), ...bytes.slice(repeat ? start : end)]);
    }),
  ),
);

describe('abuse: garbage and mutated files', function () {
  this.timeout(60_000);

  it('never make the loaders throw', () => {
    fc.assert(
      fc.property(BROKEN, (bytes) => {
        const sidecar = loadSidecar(bytes, sidecarContext());
        const codebook = loadCodebook(bytes);
        assert.ok(Array.isArray(sidecar.problems) && Array.isArray(codebook.problems));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('never lead to a write while the file has errors, whatever the edit', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(BROKEN, async (bytes) => {
        const fs = new MemoryFileSystem({ 'notes/codebook.yaml': CODEBOOK });
        fs.files.set(LI_WEI_PATH, bytes);
        const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei' });
        const report = store.files().find((file) => file.path === LI_WEI_PATH);
        assert.ok(report, 'the file is reported');
        const outcomes = [
          await store.add({ document: opinions().id, provision: 1, note: 'new' }),
          ...(await Promise.all(store.annotations().map((annotation) => store.update(annotation.id, { note: 'changed' })))),
          ...(await Promise.all(store.annotations().map((annotation) => store.delete(annotation.id)))),
        ];
        if (report.writable) {
          // Mutations that leave a valid file (a changed letter in a note) are edited like any file.
          assert.ok(outcomes.every((outcome) => outcome.ok));
        } else {
          refused++;
          assert.deepEqual(fs.writes(), []);
          assert.ok(outcomes.every((outcome) => !outcome.ok && /is not written while|could not be read/.test(outcome.reason)));
          assert.deepEqual(fs.files.get(LI_WEI_PATH), bytes);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
    // Most mutations break the file; the property is about those.
    assert.ok(refused > 150, `only ${refused} of 300 files were broken`);
  });
});
