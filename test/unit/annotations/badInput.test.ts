import * as assert from 'node:assert/strict';
import { loadCodebook } from '../../../src/core/annotations/files/codebookFile';
import { Problem } from '../../../src/core/yaml/problem';
import { loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { isWritable } from '../../../src/core/yaml/yamlFile';
import { opinions } from '../helpers/opinions';
import { DOCUMENT, LI_WEI_PATH, memoryWithCodebook, openStore } from './fixtures';

const encode = (text: string) => new TextEncoder().encode(text);
const CONTEXT = { documentId: DOCUMENT, document: opinions(), tagIds: new Set(['innovation', 'security']) };
const HEAD = `version: 1\ndocument: ${DOCUMENT}\nauthor: Li Wei\nannotations:\n`;

/** An annotation block of four lines, or more with `extra` (inserted after `provision`). */
function item(id: string, provision: number | string, extra = ''): string {
  return `  - id: ${id}\n    provision: ${provision}\n${extra}    created: 2024-05-01T10:00:00Z\n    updated: 2024-05-01T10:00:00Z\n`;
}

/** `severity line:column message` per problem, the way a terminal shows them. */
function problems(text: string | Uint8Array): string[] {
  return format(loadSidecar(typeof text === 'string' ? encode(text) : text, CONTEXT).problems);
}

function format(list: readonly Problem[]): string[] {
  return list.map((problem) => `${problem.severity} ${problem.line}:${problem.column} ${problem.message}`);
}

describe('annotations: bad input is reported where it is, never thrown', () => {
  it('reports invalid YAML where the parser stopped', () => {
    assert.deepEqual(problems(`${HEAD}  - id: [a\n`), ['error 6:1 Flow sequence in block collection must be sufficiently indented and end with a ]']);
    assert.deepEqual(problems(HEAD + item('aaaaaaaa', 1, '    provision: 2\n')), ['error 7:5 Map keys must be unique']);
    assert.deepEqual(problems(`${HEAD}---\nversion: 1\n`), ['error 5:1 the file holds more than one YAML document (a second "---")']);
  });

  it('refuses a format version it does not know, at the version', () => {
    assert.deepEqual(problems(`document: x\nversion: 2\n`), ['error 2:1 unknown notes format version 2: this Policy Annotator reads version 1']);
  });

  it('reports each git conflict marker on its line', () => {
    const text = `${HEAD}${item('aaaaaaaa', 1)}<<<<<<< HEAD\n${item('bbbbbbbb', 2)}=======\n${item('cccccccc', 3)}>>>>>>> other-branch\n`;
    const found = problems(text);
    assert.deepEqual(
      found.map((problem) => problem.split(' ').slice(0, 2).join(' ')),
      ['error 9:1', 'error 14:1', 'error 19:1'],
    );
    assert.match(found[0], /conflict marker "<<<<<<<"/);
    // diff3 style, and a marker-like line inside a note is not a marker.
    assert.equal(problems(`${HEAD}||||||| base\n`).length, 1);
    assert.deepEqual(problems(HEAD + item('aaaaaaaa', 1, '    note: |\n      ======= not a marker\n')), []);
  });

  it('reports a duplicate id at the second use and names the first line', () => {
    const loaded = loadSidecar(encode(HEAD + item('aaaaaaaa', 1) + item('aaaaaaaa', 2)), CONTEXT);
    assert.deepEqual(format(loaded.problems), ['error 9:5 duplicate id "aaaaaaaa" (first used on line 5): every annotation needs its own id']);
    assert.deepEqual(loaded.content?.annotations.map((annotation) => annotation.provision), [1]);
    assert.equal(isWritable(loaded), false);
  });

  it('reports an unknown provision as an error and an unknown tag as a warning', () => {
    assert.deepEqual(problems(HEAD + item('aaaaaaaa', 99)), [`error 6:5 ${DOCUMENT} has no provision 99 (it has 1–24)`]);
    const tagged = loadSidecar(encode(HEAD + item('aaaaaaaa', 1, '    tags: [innovation, mystery]\n')), CONTEXT);
    assert.deepEqual(format(tagged.problems), ['warning 7:24 unknown tag "mystery": it is not in the codebook']);
    assert.equal(isWritable(tagged), true);
  });

  it('reports wrong types, unknown and missing keys at the offending key', () => {
    const span = '    span:\n      language: fr\n      exact: x\n      prefix: ""\n      suffix: ""\n      start: 1.5\n      end: 3\n    colour: red\n';
    const text = HEAD + item('aaaaaaaa', 'three') + item('bbbbbbbb', 2, span) + '  - id: cccccccc\n    provision: 3\n' + item('AB', 4);
    assert.deepEqual(problems(text), [
      'error 6:5 annotations[0].provision: "three" is not a provision number (21, or 120-1 for an inserted article)',
      'error 12:7 annotations[1].span.language: must be one of "en", "zh", not the text "fr"',
      'error 16:7 annotations[1].span.start: must be an integer, not the number 1.5',
      'error 18:5 annotations[1].colour: unknown property "colour" (expected id, provision, span, tags, note, created, updated)',
      'error 21:5 annotations[2]: missing "created"',
      'error 21:5 annotations[2]: missing "updated"',
      'error 23:5 annotations[3].id: "AB" is not an annotation id (8 lower-case base32 characters, starting with a letter)',
    ]);
    assert.deepEqual(problems(''), ['error 1:1 must be a mapping (key: value), not empty']);
  });

  it('keeps the readable annotations of a file with errors, but does not write it', async () => {
    const text = HEAD + item('aaaaaaaa', 1) + item('bbbbbbbb', 'three');
    const fs = memoryWithCodebook({ [LI_WEI_PATH]: text });
    const store = await openStore(fs);
    assert.deepEqual(store.annotations().map((annotation) => annotation.id), ['aaaaaaaa']);
    const report = store.files().find((file) => file.path === LI_WEI_PATH);
    assert.equal(report?.writable, false);
    const outcome = await store.add({ document: DOCUMENT, provision: 2 });
    assert.deepEqual(outcome, {
      ok: false,
      reason: `${LI_WEI_PATH} is not written while it has errors: 10:5 annotations[1].provision: "three" is not a provision number (21, or 120-1 for an inserted article)`,
    });
    assert.equal(fs.text(LI_WEI_PATH), text);
    assert.deepEqual(fs.writes(), []);
  });

  it('refuses a save of a file only the fast reader accepts, at the place the yaml library objects to', async () => {
    // A tab line in a note kept with its trailing lines (`|+`) after a more-indented empty line:
    // js-yaml reads it, the yaml library (which renders saves) refuses it.
    const text = HEAD + item('aaaaaaaa', 1, '    note: |+\n\t#\n        \n\n') + item('bbbbbbbb', 2);
    const fs = memoryWithCodebook({ [LI_WEI_PATH]: text });
    const store = await openStore(fs);
    assert.deepEqual(store.annotations().map((annotation) => annotation.id), ['aaaaaaaa', 'bbbbbbbb']);
    const outcome = await store.update('aaaaaaaa', { note: 'One line.' });
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.reason, /not written: it has errors: 8:1 Block scalars with more-indented leading empty lines must use an explicit indentation indicator/);
    assert.equal(fs.text(LI_WEI_PATH), text);
    assert.deepEqual(fs.writes(), []);
  });

  it('reports an id used in two coders\' files, in the later file, which is then not written', async () => {
    const other = `notes/${DOCUMENT}/zhang-min.yaml`;
    const fs = memoryWithCodebook({
      [LI_WEI_PATH]: HEAD + item('aaaaaaaa', 1),
      [other]: `version: 1\ndocument: ${DOCUMENT}\nauthor: Zhang Min\nannotations:\n${item('bbbbbbbb', 3)}${item('aaaaaaaa', 2)}`,
    });
    const store = await openStore(fs);
    const report = store.files().find((file) => file.path === other);
    assert.deepEqual(format(report?.problems ?? []), [`error 9:5 duplicate id "aaaaaaaa": ${LI_WEI_PATH} has an annotation with this id`]);
    assert.equal(report?.writable, false);
    assert.equal(store.pathOf('aaaaaaaa'), LI_WEI_PATH);
    assert.equal((await store.update('bbbbbbbb', { note: 'x' })).ok, false);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    const started = performance.now();
    assert.deepEqual(problems(huge), ['error 1:1 the file is 5.0 MB; files over 5 MB are not read']);
    assert.ok(performance.now() - started < 50);
  });

  it('refuses an alias bomb quickly, at the first alias', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let level = 1; level < 10; level++) {
      bomb += `a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]\n`;
    }
    const started = performance.now();
    assert.deepEqual(problems(bomb), ['error 2:10 aliases refused: Excessive alias count indicates a resource exhaustion attack']);
    assert.ok(performance.now() - started < 500);
  });

  it('refuses values nested thousands deep before the yaml library composes them (it could abort the process)', () => {
    const message = 'values are nested more than 64 levels deep; notes never are';
    assert.deepEqual(problems(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`), [`error 1:68 ${message}`]);
    assert.deepEqual(problems(`a: ${'{a: '.repeat(20_000)}x${'}'.repeat(20_000)}\n`), [`error 1:260 ${message}`]);
    assert.deepEqual(problems(`a:\n${'- '.repeat(20_000)}x\n`), [`error 2:129 ${message}`]);
  });

  it('reports bytes that are not UTF-8', () => {
    assert.deepEqual(problems(new Uint8Array([0x76, 0xff, 0xfe])), ['error 1:1 the file is not UTF-8 text']);
  });

  it('reports a sidecar in the wrong document folder', () => {
    assert.deepEqual(problems('version: 1\ndocument: other-document\nauthor: x\nannotations: []\n'), [
      `error 2:1 document "other-document" does not match the folder "${DOCUMENT}" the file is in`,
    ]);
  });

  it('reports codebook errors: bad colour, duplicate id, unknown parent, cycles', () => {
    const tag = (id: string, extra = '') => `  - id: ${id}\n    label: {en: A, zh: 甲}\n    description: ""\n    color: "#123456"\n${extra}`;
    const text = `version: 1\ntags:\n${tag('a')}${tag('a')}${tag('b', '    parent: zz\n')}${tag('c', '    parent: d\n')}${tag('d', '    parent: c\n')}${tag('e').replace('#123456', 'red')}`;
    const loaded = loadCodebook(encode(text));
    assert.deepEqual(format(loaded.problems), [
      'error 29:5 tags[5].color: "red" is not a colour written #rrggbb',
      'error 7:5 duplicate tag id "a" (first used on line 3)',
      'error 15:5 unknown parent tag "zz"',
      'error 20:5 tag "c" is its own ancestor',
      'error 25:5 tag "d" is its own ancestor',
    ]);
    assert.equal(isWritable(loaded), false);
  });
});
