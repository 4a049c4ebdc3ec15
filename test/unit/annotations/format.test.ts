import * as assert from 'node:assert/strict';
import { Annotation, Sidecar } from '../../../src/core/annotations/model/annotation';
import { CODEBOOK_FORMAT, loadCodebook } from '../../../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { isWritable, saveFile, serialise } from '../../../src/core/yaml/yamlFile';
import { opinions } from '../helpers/opinions';
import { CODEBOOK, DOCUMENT } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);
const TAG_IDS = new Set(['innovation', 'security', 'content-control']);

function load(text: string) {
  return loadSidecar(encode(text), { documentId: DOCUMENT, document: opinions(), tagIds: TAG_IDS });
}

function annotation(id: string, provision: number, extra: Partial<Annotation> = {}): Annotation {
  return { id, document: DOCUMENT, provision, tags: [], author: 'Li Wei', created: '2024-05-01T10:00:00Z', updated: '2024-05-01T10:00:00Z', ...extra };
}

const SPAN = { language: 'en', exact: 'digital divide', prefix: 'to reduce the ', suffix: ' and arouse', start: 122, end: 136 } as const;

const SIDECAR: Sidecar = {
  document: DOCUMENT,
  author: 'Li Wei',
  annotations: [
    annotation('rfxkgw0h', 15, { tags: ['innovation'], note: 'First line\nsecond: line\n' }),
    annotation('gj5jc42s', 3, { span: SPAN, tags: ['security', 'innovation'], note: 'one line: with a colon' }),
    annotation('ab2n9nqz', 3, { tags: ['security'], updated: '2024-05-02T08:30:00Z' }),
  ],
};

const EXPECTED = `# Policy Annotator notes: one coder's annotations on one document.
# One file per coder, so that teammates never edit the same file and git merges their work by itself.
# Policy Annotator keeps comments written here when it saves.
# yaml-language-server: $schema=https://raw.githubusercontent.com/policy-annotator/policy-annotator/main/schemas/notes.schema.json

version: 1
document: mobile-internet-opinions-2017
author: Li Wei
annotations:
  - id: ab2n9nqz
    provision: 3
    tags: [security]
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-02T08:30:00Z

  - id: gj5jc42s
    provision: 3
    span:
      language: en
      exact: digital divide
      prefix: "to reduce the "
      suffix: " and arouse"
      start: 122
      end: 136
    tags: [security, innovation]
    note: "one line: with a colon"
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z

  - id: rfxkgw0h
    provision: 15
    tags: [innovation]
    note: |
      First line
      second: line
    created: 2024-05-01T10:00:00Z
    updated: 2024-05-01T10:00:00Z
`;

/** A small deterministic generator, so that a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const AWKWARD = ['', ' ', '  ', ':', ': ', '#', ' #', '"', "'", '\\', '\n', '\n\n', '\t', '-', '- ', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', 'null', 'true', '123', '1e3', '0x1F', '~', '移动', '互联网', '“', '”', '😀', 'a', 'b', '---', '...', '\r', '\u00a0', '\u2028'];

function awkwardString(next: () => number, minLength = 0): string {
  const length = minLength + Math.floor(next() * 8);
  let text = '';
  for (let index = 0; index < length; index++) {
    text += AWKWARD[Math.floor(next() * AWKWARD.length)];
  }
  return text;
}

describe('annotations: the sidecar format', () => {
  it('writes a new sidecar with its header, a fixed key order and annotations in document order', () => {
    assert.equal(serialise(SIDECAR_FORMAT, SIDECAR), EXPECTED);
  });

  it('reads back what it wrote, and writes the same bytes again', () => {
    const loaded = load(EXPECTED);
    assert.deepEqual(loaded.problems, []);
    assert.ok(isWritable(loaded));
    assert.deepEqual(
      loaded.content?.annotations.map((item) => item.id),
      ['ab2n9nqz', 'gj5jc42s', 'rfxkgw0h'],
    );
    assert.deepEqual(loaded.content?.annotations[1], { ...SIDECAR.annotations[1] });
    assert.equal(serialise(SIDECAR_FORMAT, loaded.content as Sidecar, loaded), EXPECTED);
  });

  it('does not depend on the order annotations were added in', () => {
    const reversed = { ...SIDECAR, annotations: [...SIDECAR.annotations].reverse() };
    assert.equal(serialise(SIDECAR_FORMAT, reversed), EXPECTED);
  });

  it('orders by provision, whole provision first, then English before Chinese spans, then start, then id', () => {
    const zh = { language: 'zh', exact: '数字鸿沟', prefix: '', suffix: '', start: 21, end: 25 } as const;
    const sidecar: Sidecar = {
      ...SIDECAR,
      annotations: [
        annotation('zzzzzzzz', 3, { span: zh }),
        annotation('kkkkkkkk', 3, { span: { ...SPAN, start: 5, end: 19 } }),
        annotation('bbbbbbbb', 3, { span: SPAN }),
        annotation('aaaaaaaa', 3, { span: SPAN }),
        annotation('yyyyyyyy', 3),
        annotation('xxxxxxxx', 2),
      ],
    };
    const ids = load(serialise(SIDECAR_FORMAT, sidecar)).content?.annotations.map((item) => item.id);
    assert.deepEqual(ids, ['xxxxxxxx', 'yyyyyyyy', 'kkkkkkkk', 'aaaaaaaa', 'bbbbbbbb', 'zzzzzzzz']);
  });

  it('round-trips awkward strings byte for byte (quotes, colons, comment signs, blank lines, CJK)', () => {
    const next = random(20240501);
    for (let round = 0; round < 200; round++) {
      const exact = awkwardString(next, 1);
      const author = awkwardString(next, 1).trim() || 'x';
      const note = awkwardString(next);
      const sidecar: Sidecar = {
        document: DOCUMENT,
        author,
        annotations: [
          annotation('aaaaaaaa', 1, {
            author,
            span: { language: 'zh', exact, prefix: awkwardString(next), suffix: awkwardString(next), start: 0, end: exact.length },
            ...(note !== '' && { note }),
          }),
        ],
      };
      const text = serialise(SIDECAR_FORMAT, sidecar);
      const loaded = load(text);
      assert.deepEqual(loaded.problems, [], text);
      assert.deepEqual(loaded.content, sidecar, text);
      assert.equal(serialise(SIDECAR_FORMAT, sidecar, loaded), text);
    }
  });

  it('says "unchanged" for an unchanged model, even for a hand-formatted, unsorted file', () => {
    const handWritten = `version: 1
document: ${DOCUMENT}
author: 'Li Wei'
annotations:
- {id: rfxkgw0h, provision: 15, tags: [innovation], created: 2024-05-01T10:00:00Z, updated: 2024-05-01T10:00:00Z}
- id: ab2n9nqz
  provision: 3
  tags:
  - security
  created: "2024-05-01T10:00:00Z"
  updated: 2024-05-02T08:30:00Z
`;
    for (const text of [EXPECTED, handWritten]) {
      const loaded = load(text);
      assert.deepEqual(saveFile(SIDECAR_FORMAT, loaded, loaded.content as Sidecar), { status: 'unchanged' });
    }
  });

  it('writes [] for no annotations, and a block list once there are some', () => {
    const empty = serialise(SIDECAR_FORMAT, { document: DOCUMENT, author: 'Li Wei', annotations: [] });
    assert.match(empty, /\nannotations: \[\]\n$/);
    const loaded = load(empty);
    const saved = saveFile(SIDECAR_FORMAT, loaded, { ...(loaded.content as Sidecar), annotations: [annotation('aaaaaaaa', 1)] });
    assert.equal(saved.status, 'changed');
    assert.match(saved.status === 'changed' ? saved.source.text : '', /\nannotations:\n {2}- id: aaaaaaaa\n/);
  });

  it('keeps the line endings of a checkout with CRLF', () => {
    const crlf = EXPECTED.replace(/\n/g, '\r\n');
    const loaded = load(crlf);
    const saved = saveFile(SIDECAR_FORMAT, loaded, { ...(loaded.content as Sidecar), annotations: [...SIDECAR.annotations, annotation('cccccccc', 20)] });
    assert.equal(saved.status, 'changed');
    const text = saved.status === 'changed' ? saved.source.text : '';
    assert.equal(text.split('\r\n').length, text.split('\n').length);
    assert.match(text, /provision: 20\r\n/);
  });

  it('writes the codebook in its layout and reads it back byte for byte', () => {
    const handWritten = loadCodebook(encode(CODEBOOK));
    assert.deepEqual(handWritten.problems, []);
    assert.deepEqual(saveFile(CODEBOOK_FORMAT, handWritten, handWritten.content ?? { tags: [] }), { status: 'unchanged' });
    const fresh = serialise(CODEBOOK_FORMAT, handWritten.content ?? { tags: [] });
    assert.ok(fresh.startsWith('# Policy Annotator codebook'));
    // The extension's layout differs from the hand-written fixture only by a blank line between tags.
    assert.ok(fresh.endsWith(`\n\n${CODEBOOK.replace(/\n(?= {2}- id: [a-z-]+\n {4}label)/g, '\n\n').replace('tags:\n\n', 'tags:\n')}`), fresh);
    const reread = loadCodebook(encode(fresh));
    assert.equal(serialise(CODEBOOK_FORMAT, reread.content ?? { tags: [] }, reread), fresh);
  });
});
