import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { sidecarContext, sidecars } from './arbitraries';

const encode = (text: string) => new TextEncoder().encode(text);

describe('abuse: generated sidecars round-trip', function () {
  this.timeout(60_000);

  it('parse ∘ serialise is the identity, and serialising what was read gives the same bytes', () => {
    fc.assert(
      fc.property(sidecars(), (sidecar) => {
        const text = serialise(SIDECAR_FORMAT, sidecar);
        const loaded = loadSidecar(encode(text), sidecarContext());
        assert.deepEqual(loaded.problems, [], text);
        assert.deepEqual(loaded.content, sidecar, text);
        assert.equal(serialise(SIDECAR_FORMAT, sidecar, loaded), text);
        // And once more from the bytes of the second write: idempotent to the byte.
        const again = loadSidecar(encode(text), sidecarContext());
        assert.equal(serialise(SIDECAR_FORMAT, again.content ?? sidecar, again), text);
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });
});
