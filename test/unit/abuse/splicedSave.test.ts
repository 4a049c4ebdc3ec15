import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Annotation, Sidecar } from '../../../src/core/annotations/model/annotation';
import { canonicalItem } from '../../../src/core/annotations/files/canonicalYaml';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { LoadedFile, saveFile, serialise } from '../../../src/core/annotations/files/yamlFile';
import { PlainObject, writeYaml } from '../../../src/core/annotations/files/yamlWrite';
import { generateSidecar } from '../helpers/generatedNotes';
import { opinions } from '../helpers/opinions';
import { awkwardText, sidecarContext, sidecars } from './arbitraries';

const encode = (text: string) => new TextEncoder().encode(text);

/** A person's comment: on a line of its own at some indentation, or after the value on a line. */
const COMMENT = fc.record({
  line: fc.nat(),
  indent: fc.constantFrom('', '  ', '    ', '      ', null),
  text: fc.stringMatching(/^[a-z 移动#:-]{0,12}$/),
});

/** A change to a file's content: a note changed, an annotation removed or one added (a copy under a new id). */
const CHANGE = fc.record({ kind: fc.constantFrom('note', 'delete', 'add'), pick: fc.nat(), note: awkwardText, id: fc.stringMatching(/^[a-z][0-9a-z]{7}$/) });

function withComments(text: string, comments: readonly { line: number; indent: string | null; text: string }[]): string {
  const lines = text.split('\n');
  for (const comment of comments) {
    const at = comment.line % lines.length;
    if (comment.indent === null) {
      lines[at] += ` # ${comment.text}`;
    } else {
      lines.splice(at, 0, `${comment.indent}# ${comment.text}`);
    }
  }
  return lines.join('\n');
}

function changed(sidecar: Sidecar, changes: readonly { kind: string; pick: number; note: string; id: string }[]): Sidecar {
  let annotations: Annotation[] = [...sidecar.annotations];
  for (const change of changes) {
    const index = change.pick % Math.max(annotations.length, 1);
    const target = annotations[index];
    if (!target) {
      continue;
    }
    if (change.kind === 'note') {
      annotations[index] = { ...target, note: change.note };
    } else if (change.kind === 'delete' && annotations.length > 1) {
      annotations.splice(index, 1);
    } else if (!annotations.some((annotation) => annotation.id === change.id)) {
      annotations = [...annotations, { ...target, id: change.id }];
    }
  }
  return { ...sidecar, annotations };
}

describe('abuse: saves that render only what changed', function () {
  this.timeout(300_000);

  it('give the bytes the library gives rendering the whole file, with comments anywhere and awkward text', () => {
    let spliced = 0;
    fc.assert(
      fc.property(sidecars(40), fc.array(COMMENT, { maxLength: 6 }), fc.array(CHANGE, { minLength: 1, maxLength: 4 }), (sidecar, comments, changes) => {
        const text = withComments(serialise(SIDECAR_FORMAT, sidecar), comments);
        const loaded = loadSidecar(encode(text), sidecarContext());
        if (loaded.problems.some((problem) => problem.severity === 'error') || !loaded.content || !loaded.source) {
          return;
        }
        const next = changed(loaded.content, changes);
        const whole = writeYaml(SIDECAR_FORMAT.toPlain(next), loaded.source, SIDECAR_FORMAT.header).text;
        const fresh = loadSidecar(encode(text), sidecarContext());
        if (fresh.source?.layout('annotations')) {
          spliced++;
        }
        assert.equal(serialise(SIDECAR_FORMAT, next, fresh), whole);
      }),
      { numRuns: 400, seed: 1616 },
    );
    assert.ok(spliced > 200, `only ${spliced} of 400 files were spliced`);
  });

  it('keeps saving the same bytes over a session of edits, carrying what it learnt from save to save', () => {
    const start = generateSidecar(opinions(), 300, { seed: 7 });
    let text = withComments(serialise(SIDECAR_FORMAT, start), [
      { line: 40, indent: '  ', text: 'about the next one' },
      { line: 400, indent: null, text: 'beside a value' },
      { line: 2000, indent: '', text: 'at the top level' },
      { line: 99999, indent: '', text: 'the end' },
    ]);
    let current: LoadedFile<Sidecar> = loadSidecar(encode(text), sidecarContext());
    for (let edit = 0; edit < 30; edit++) {
      const next = changed(current.content as Sidecar, [{ kind: ['note', 'add', 'delete'][edit % 3], pick: edit * 37, note: `Edit ${edit}\nof two lines`, id: `z${String(edit).padStart(7, '0')}` }]);
      const whole = writeYaml(SIDECAR_FORMAT.toPlain(next), loadSidecar(encode(text), sidecarContext()).source, SIDECAR_FORMAT.header).text;
      const saved = saveFile(SIDECAR_FORMAT, current, next);
      assert.equal(saved.status, 'changed');
      const written = saved.status === 'changed' ? saved.source : undefined;
      assert.equal(written?.text, whole, `edit ${edit}`);
      text = written?.text ?? '';
      current = { source: written, content: next, problems: [] };
    }
  });

  it('vouches for an item only when it is the library’s own text of it', () => {
    fc.assert(
      fc.property(sidecars(3), (sidecar) => {
        for (const item of SIDECAR_FORMAT.toPlain(sidecar).annotations as PlainObject[]) {
          const mine = canonicalItem(item);
          if (mine !== undefined) {
            const library = writeYaml({ annotations: [item] }, undefined, []).text;
            assert.equal(`annotations:\n${mine}`, library);
          }
        }
      }),
      { numRuns: 500, seed: 99 },
    );
  });
});
