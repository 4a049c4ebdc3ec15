import * as assert from 'node:assert/strict';
import { Annotation } from '../../../src/core/annotations/model/annotation';
import { CODEBOOK_FORMAT } from '../../../src/core/annotations/files/codebookFile';
import { AnnotationStore, Outcome } from '../../../src/core/annotations/store/store';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { GENERATED_CODEBOOK } from '../helpers/generatedNotes';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { Random } from '../helpers/random';

const EDITS = 1_000;
const TAGS = GENERATED_CODEBOOK.tags.map((tag) => tag.id);

/** What the file must hold: by id, the tags and note of each annotation. */
type Expected = Map<string, { readonly tags: readonly string[]; readonly note?: string }>;

function expect(expected: Expected, annotation: Annotation): void {
  expected.set(annotation.id, { tags: annotation.tags, ...(annotation.note !== undefined && { note: annotation.note }) });
}

/**
 * One random edit by one window, on what that window last saw (which may be out of date: the
 * other window may have changed or deleted it since). Returns the outcome and applies what it
 * says to `expected`.
 */
async function randomEdit(window: AnnotationStore, random: Random, expected: Expected, serial: number): Promise<Outcome<unknown>> {
  const known = window.annotations();
  const target = known.length > 0 ? random.pick(known) : undefined;
  const kind = target ? random.pick(['add', 'add', 'tags', 'note', 'note', 'delete'] as const) : 'add';
  if (kind === 'add' || !target) {
    const outcome = await window.add({ document: opinions().id, provision: random.int(1, 25), tags: [random.pick(TAGS)], note: `added by edit ${serial}` });
    if (outcome.ok) {
      expect(expected, outcome.value);
    }
    return outcome;
  }
  if (kind === 'delete') {
    const outcome = await window.delete(target.id);
    if (outcome.ok) {
      expected.delete(target.id);
    }
    return outcome;
  }
  const changes = kind === 'tags' ? { tags: [random.pick(TAGS), random.pick(TAGS)] } : { note: random.chance(0.2) ? '' : `edit ${serial}:\nline two` };
  const outcome = await window.update(target.id, changes);
  if (outcome.ok) {
    expect(expected, outcome.value);
  } else {
    // Only an annotation the other window deleted can be refused.
    assert.ok(!expected.has(target.id), outcome.reason);
    assert.match(outcome.reason, /was deleted in the meantime/);
  }
  return outcome;
}

describe('abuse: two windows writing the same sidecar', function () {
  this.timeout(120_000);

  it(`lose nothing over ${EDITS.toLocaleString('en')} interleaved edits`, async () => {
    const fs = new MemoryFileSystem({ 'notes/codebook.yaml': serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK) });
    const open = () => AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei' });
    // Each window is refreshed only by the re-read that comes before each of its own saves.
    const windows = [await open(), await open()];
    const random = new Random(20240501);
    const expected: Expected = new Map();
    let refused = 0;
    for (let serial = 0; serial < EDITS; serial++) {
      const outcome = await randomEdit(random.pick(windows), random, expected, serial);
      refused += outcome.ok ? 0 : 1;
    }
    const final = await open();
    assert.deepEqual(final.files().flatMap((file) => file.problems), []);
    const found: Expected = new Map();
    final.annotations().forEach((annotation) => expect(found, annotation));
    assert.deepEqual(found, expected);
    // The run did what it is for: many annotations, and stale edits of deleted ones refused.
    assert.ok(expected.size > 100 && refused > 0, `${expected.size} annotations, ${refused} refused`);
  });
});
