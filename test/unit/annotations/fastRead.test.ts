import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readPlainYaml } from '../../../src/core/yaml/fastYaml';
import { DEFAULT_LIMITS, readYaml } from '../../../src/core/yaml/yamlSource';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('annotations: the fast read path', () => {
  it('reads scalars exactly as the yaml library does (YAML 1.2 core, not js-yaml’s own)', () => {
    for (const scalar of ['-0x1F', '0x1F', '0o17', '1_000', '0b11', '+12', '012', '.5', '1.', '1e3', '-.inf', '.NaN', '~', 'Null', 'True', 'yes', 'no', '2024-05-01T10:00:00Z', '1.0e+3', '"7"', "'#'"]) {
      const text = `k: ${scalar}\n`;
      assert.deepEqual(readPlainYaml(text, 64), parse(text), scalar);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+.0-9a-fA-Fxobe_]{1,8}$/)), (scalar) => {
        let expected: unknown;
        try {
          expected = parse(`k: ${JSON.stringify(scalar).slice(1, -1)}\n`);
        } catch {
          return true;
        }
        const read = readPlainYaml(`k: ${JSON.stringify(scalar).slice(1, -1)}\n`, 64);
        return read === undefined || JSON.stringify(read) === JSON.stringify(expected);
      }),
    );
  });

  it('leaves to the careful reader what js-yaml would read differently or unsafely', () => {
    assert.equal(readPlainYaml('a: &x [1]\nb: *x\n', 64), undefined, 'aliases: the careful reader counts them');
    assert.equal(readPlainYaml('a: 1\na: 2\n', 64), undefined, 'duplicate keys');
    assert.equal(readPlainYaml('a: 1\n---\nb: 2\n', 64), undefined, 'a second document');
    assert.equal(readPlainYaml('a: !!binary aGk=\n', 64), undefined, 'tags outside the core schema');
    assert.equal(readPlainYaml('', 64), undefined, 'an empty file');
    assert.equal(readPlainYaml(`${'['.repeat(40)}${']'.repeat(40)}`, 64), undefined, 'deep nesting');
  });

  it('parses the yaml document only when a save or a problem needs it, keeping comments then', () => {
    const text = '# header\n\nversion: 1 # a comment\nitems: [a, b]\n';
    const read = readYaml(bytes(text), DEFAULT_LIMITS);
    assert.deepEqual(read.source?.value, { version: 1, items: ['a', 'b'] });
    assert.deepEqual(read.problems, []);
    assert.equal(read.source?.doc.toString({ flowCollectionPadding: false }), text);
    assert.deepEqual(read.source?.positions.lineCounter.linePos(text.indexOf('items')), { line: 4, col: 1 });
  });

  it('still reports a broken file where it is broken', () => {
    const read = readYaml(bytes('a: 1\nb: [\n'), DEFAULT_LIMITS);
    assert.equal(read.source, undefined);
    assert.equal(read.problems[0]?.severity, 'error');
    assert.ok((read.problems[0]?.line ?? 0) >= 2);
  });
});
