import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Annotation, Sidecar } from '../../../src/core/annotations/model/annotation';
import { canonicalItem } from '../../../src/core/yaml/canonicalYaml';
import { PartState } from '../../../src/core/yaml/listLayout';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { LoadedFile, saveFile, serialise } from '../../../src/core/yaml/yamlFile';
import { PlainObject, writeYaml } from '../../../src/core/yaml/yamlWrite';
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

/** The text of a comment: words, the bench's remarks, awkward text, trailing or no white space, `#` alone. */
const COMMENT_TEXT = fc.oneof(
  fc.stringMatching(/^[a-z 移动#:-]{0,12}$/),
  fc.constantFrom(' agreed', ' Second pass: check this one with Zhang Min.', '', ' ', ' trailing  ', '\t', '#', ' \u00a0', ' 😀', ' \u2028x', ' \u0085x', ' "q"', " 'q'", ' - id: x', ' a: b'),
  awkwardText.map((text) => text.replace(/[\r\n]/g, ' ')),
);

/**
 * What a person leaves in a file by hand: a comment on a line of its own (at the items' indentation
 * most often, the library's own placement, or any other), a comment beside a value (after one space
 * most often), or a blank line.
 */
const REMARK = fc.oneof(
  { weight: 4, arbitrary: fc.record({ line: fc.nat(), atItem: fc.boolean(), kind: fc.constant('own line' as const), indent: fc.constantFrom('  ', '  ', '  ', '', '    ', '      ', '\t', ' '), text: COMMENT_TEXT }) },
  { weight: 3, arbitrary: fc.record({ line: fc.nat(), atItem: fc.boolean(), kind: fc.constant('beside' as const), indent: fc.constantFrom(' ', ' ', ' ', '  ', '\t'), text: COMMENT_TEXT }) },
  { weight: 1, arbitrary: fc.record({ line: fc.nat(), atItem: fc.boolean(), kind: fc.constant('blank' as const), indent: fc.constantFrom('', '  '), text: fc.constant('') }) },
);

/** A remark on any line, or (`atItem`) on an item's first line, where people comment most. */
type Remark = { readonly line: number; readonly atItem: boolean; readonly kind: 'own line' | 'beside' | 'blank'; readonly indent: string; readonly text: string };

function withRemarks(text: string, remarks: readonly Remark[]): string {
  const lines = text.split('\n');
  for (const remark of remarks) {
    const itemLines = lines.flatMap((line, index) => (line.startsWith('  - ') ? [index] : []));
    const at = remark.atItem && itemLines.length > 0 ? itemLines[remark.line % itemLines.length] : remark.line % lines.length;
    if (remark.kind === 'beside') {
      lines[at] += `${remark.indent}#${remark.text}`;
    } else {
      lines.splice(at, 0, remark.kind === 'blank' ? remark.indent : `${remark.indent}#${remark.text}`);
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

  it('give the bytes of a whole rendering with many comments close together, beside values and on lines of their own', () => {
    let settled = 0;
    let spliced = 0;
    fc.assert(
      fc.property(
        fc.oneof(sidecars(40), fc.record({ count: fc.integer({ min: 1, max: 40 }), seed: fc.nat() }).map(({ count, seed }) => generateSidecar(opinions(), count, { seed }))),
        fc.array(REMARK, { maxLength: 30 }),
        fc.array(CHANGE, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', '\n', '\n', '\r\n'),
        (sidecar, remarks, changes, newline) => {
          const text = withRemarks(serialise(SIDECAR_FORMAT, sidecar), remarks).replace(/\n/g, newline);
          const loaded = loadSidecar(encode(text), sidecarContext());
          // A tab in a block literal's indentation: js-yaml reads what the yaml library refuses, and there is no whole rendering to compare with.
          if (loaded.problems.some((problem) => problem.severity === 'error') || !loaded.content || !loaded.source || loaded.source.doc.errors.length > 0) {
            return;
          }
          const next = changed(loaded.content, changes);
          const whole = writeYaml(SIDECAR_FORMAT.toPlain(next), loaded.source, SIDECAR_FORMAT.header).text;
          const fresh = loadSidecar(encode(text), sidecarContext());
          const layout = fresh.source?.layout('annotations');
          spliced += layout ? 1 : 0;
          settled += layout?.states.filter((state) => state === PartState.Settled).length ?? 0;
          assert.equal(serialise(SIDECAR_FORMAT, next, fresh), whole);
        },
      ),
      { numRuns: 1000, seed: 1617 },
    );
    // The comments the library keeps are copied, not rendered: many items must have been judged so.
    assert.ok(spliced > 500, `only ${spliced} of 1000 files were spliced`);
    assert.ok(settled > 200, `only ${settled} commented items were kept without rendering`);
  });

  it('keeps saving the same bytes over a session of edits, carrying what it learnt from save to save', () => {
    const start = generateSidecar(opinions(), 300, { seed: 7 });
    let text = withComments(serialise(SIDECAR_FORMAT, start), [
      { line: 40, indent: '  ', text: 'about the next one' },
      { line: 400, indent: null, text: 'beside a value' },
      { line: 2000, indent: '', text: 'at the top level' },
      { line: 99999, indent: '', text: 'the end' },
    ])
      // The remarks people leave most, which saves copy without rendering: beside an id, above an item.
      .replace(/^(  - id: \w+5)$/gm, '$1 # agreed')
      .replace(/^(  - id: \w+7)$/gm, '  # Second pass: check this one with Zhang Min.\n$1');
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
