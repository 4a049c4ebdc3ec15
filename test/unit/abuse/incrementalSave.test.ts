import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Sidecar } from '../../../src/core/annotations/model/annotation';
import { CODEBOOK_FORMAT } from '../../../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { writeYaml } from '../../../src/core/yaml/yamlWrite';
import { GENERATED_CODEBOOK } from '../helpers/generatedNotes';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions, opinionsLibrary } from '../helpers/opinions';
import { awkwardText, sidecarContext, sidecars } from './arbitraries';

const PATH = `notes/${opinions().id}/li-wei.yaml`;
const TAGS = GENERATED_CODEBOOK.tags.map((tag) => tag.id);

type Edit =
  | { readonly kind: 'add'; readonly provision: number; readonly note?: string; readonly tags: readonly string[] }
  | { readonly kind: 'note'; readonly pick: number; readonly note: string }
  | { readonly kind: 'tags'; readonly pick: number; readonly tags: readonly string[] }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'comment'; readonly pick: number; readonly indent: string | null; readonly comment: string };

const tags = fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 });
const EDIT: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), provision: fc.integer({ min: 1, max: 24 }), note: fc.option(awkwardText, { nil: undefined }), tags }),
  fc.record({ kind: fc.constant('note' as const), pick: fc.nat(), note: awkwardText }),
  fc.record({ kind: fc.constant('tags' as const), pick: fc.nat(), tags }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  // A person adds a comment by hand between two saves, on a line of its own or after a value.
  fc.record({ kind: fc.constant('comment' as const), pick: fc.nat(), indent: fc.constantFrom('', '  ', '    ', '      ', null), comment: fc.stringMatching(/^[a-z 移动]{0,12}$/) }),
);

async function apply(store: AnnotationStore, fs: MemoryFileSystem, edit: Edit): Promise<void> {
  if (edit.kind === 'comment') {
    const lines = (fs.text(PATH) ?? '').split('\n');
    const at = edit.pick % lines.length;
    if (edit.indent === null) {
      lines[at] += ` # ${edit.comment}`;
    } else {
      lines.splice(at, 0, `${edit.indent}# ${edit.comment}`);
    }
    fs.setText(PATH, lines.join('\n'));
    return;
  }
  const known = store.annotations();
  const target = known.length > 0 && 'pick' in edit ? known[edit.pick % known.length] : undefined;
  if (edit.kind === 'add' || !target) {
    await store.add({ document: opinions().id, provision: 'provision' in edit ? edit.provision : 1, ...('note' in edit && { note: edit.note }) });
  } else if (edit.kind === 'note') {
    await store.update(target.id, { note: edit.note });
  } else if (edit.kind === 'tags') {
    await store.update(target.id, { tags: edit.tags });
  } else {
    await store.delete(target.id);
  }
}

describe('abuse: saving only what changed', function () {
  this.timeout(120_000);

  it('writes the very bytes a full rewrite of the previous file would', async () => {
    await fc.assert(
      fc.asyncProperty(sidecars(24), fc.array(EDIT, { minLength: 1, maxLength: 25 }), async (start, edits) => {
        const sidecar: Sidecar = { ...start, author: 'Li Wei', annotations: start.annotations.map((annotation) => ({ ...annotation, author: 'Li Wei' })) };
        const fs = new MemoryFileSystem({ 'notes/codebook.yaml': serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK), [PATH]: serialise(SIDECAR_FORMAT, sidecar) });
        const store = await AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei' });
        for (const edit of edits) {
          const before = fs.files.get(PATH);
          const writes = fs.writes().length;
          await apply(store, fs, edit);
          const after = fs.files.get(PATH);
          if (before && after && fs.writes().length > writes) {
            // A fresh read of the previous file shares nothing with what the store keeps between saves;
            // the library renders the whole of its document, as a save did before saves spliced.
            const previous = loadSidecar(before, sidecarContext());
            const written = loadSidecar(after, sidecarContext());
            assert.deepEqual(written.problems, []);
            const whole = writeYaml(SIDECAR_FORMAT.toPlain(written.content as Sidecar), previous.source, SIDECAR_FORMAT.header).text;
            assert.equal(new TextDecoder().decode(after), whole);
          }
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});
