import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { ListLayout, PartState, layoutOf } from '../../../src/core/yaml/listLayout';

const ITEM = (id: string, first = `  - id: ${id}`): string =>
  `${first}\n    provision: 3\n    span:\n      language: en\n      exact: digital divide\n      start: 10\n      end: 24\n    tags: [innovation, security]\n    note: |-\n      Two lines\n      of note.\n    created: 2024-05-01T10:00:00Z\n`;

/** A notes file of items a…e, with `gaps[i]` between item i and the next (a blank line in the writer's own). */
function file(items: readonly string[], gaps: readonly string[] = []): string {
  return `version: 1\nannotations:\n${items.map((item, index) => item + (index < items.length - 1 ? (gaps[index] ?? '\n') : '')).join('')}`;
}

function layout(text: string): ListLayout {
  const found = layoutOf(text, parseDocument(text).toJS(), 'annotations');
  assert.ok(found, 'the file is laid out as the writer lays it out');
  return found;
}

/** What the yaml library writes for the unchanged document of `text`, which a whole save gives. */
function rendered(text: string): string {
  return parseDocument(text).toString({ lineWidth: 0, flowCollectionPadding: false, directives: false });
}

const Canonical = PartState.Canonical;
const Render = PartState.Render;
const Settled = PartState.Settled;

describe('which commented annotations a save copies without rendering', () => {
  it('keeps a comment line above an annotation and a remark beside a value, as the library writes them back', () => {
    const text = file(
      [ITEM('aaaaaaaa'), ITEM('bbbbbbbb', '  - id: bbbbbbbb # agreed'), ITEM('cccccccc'), ITEM('dddddddd'), ITEM('eeeeeeee')],
      ['\n', '\n  # Second pass: check this one with Zhang Min.\n  #\n', '\n'],
    );
    assert.equal(rendered(text), text);
    assert.deepEqual(layout(text).states, [Canonical, Settled, Canonical, Canonical, Canonical]);
    const beside = file([ITEM('aaaaaaaa'), ITEM('bbbbbbbb').replace('end: 24', 'end: 24 # checked').replace('security]', 'security] #law?'), ITEM('cccccccc')]);
    assert.equal(rendered(beside), beside);
    assert.deepEqual(layout(beside).states, [Canonical, Settled, Canonical]);
  });

  it('leaves to the library the comments it writes otherwise, and those after the last annotation', () => {
    const moved = [
      // After a key whose value is a map: the library moves it to the next line.
      ITEM('bbbbbbbb').replace('    span:', '    span: # in English'),
      // Two spaces before the `#`: the library writes one.
      ITEM('bbbbbbbb', '  - id: bbbbbbbb  # agreed'),
      // A comment of white space only: the library writes a bare `#`.
      ITEM('bbbbbbbb', '  - id: bbbbbbbb # '),
      // A line separator in a comment: the library starts a new comment line after it.
      ITEM('bbbbbbbb', '  - id: bbbbbbbb # agreed\u2028x'),
    ];
    for (const item of moved) {
      const text = file([ITEM('aaaaaaaa'), item, ITEM('cccccccc')]);
      assert.notEqual(rendered(text), text, item);
      assert.deepEqual(layout(text).states, [Canonical, Render, Canonical], item);
    }
    // Trailing white space (which the library keeps in some places only); a comment line at another
    // indentation than the items' (which it indents as theirs), or before the blank line.
    for (const gap of ['\n  # trailing \n', '\n# at the left margin\n', '\n    # deeper\n', '  # before the blank line\n\n']) {
      const text = file([ITEM('aaaaaaaa'), ITEM('bbbbbbbb'), ITEM('cccccccc')], ['\n', gap]);
      assert.deepEqual(layout(text).states, [Canonical, Render, Canonical], gap);
    }
    // `# x` after a block literal's last line is the note's text, not a comment.
    const inNote = file([ITEM('aaaaaaaa'), ITEM('bbbbbbbb').replace('of note.', 'of note. # x'), ITEM('cccccccc')]);
    assert.deepEqual(layout(inNote).states, [Canonical, Canonical, Canonical]);
    // The same in the comment lines above the file's keys.
    const header = `# Coding notes\u2028of Li Wei.\n\n${file([ITEM('aaaaaaaa'), ITEM('bbbbbbbb')])}`;
    assert.notEqual(rendered(header), header);
    assert.equal(layout(header).head, Render);
    const atEnd = `${file([ITEM('aaaaaaaa'), ITEM('bbbbbbbb', '  - id: bbbbbbbb # agreed')])}# End of the second pass.\n`;
    assert.notEqual(rendered(atEnd), atEnd);
    assert.deepEqual(layout(atEnd).states, [Canonical, Render]);
  });
});
