import * as assert from 'node:assert/strict';
import { authorSlug } from '../../../src/core/annotations/model/authorSlug';
import { ANNOTATION_ID, newAnnotationId } from '../../../src/core/annotations/model/ids';

describe('annotations: ids', () => {
  it('are 8 base32 characters starting with a letter, so YAML never reads them as numbers', () => {
    for (let index = 0; index < 1000; index++) {
      assert.match(newAnnotationId(() => false), ANNOTATION_ID);
    }
  });

  it('are random rather than derived from anything, and skip ids already taken', () => {
    const seen = new Set<string>();
    for (let index = 0; index < 2000; index++) {
      seen.add(newAnnotationId((id) => seen.has(id)));
    }
    assert.equal(seen.size, 2000);
    let calls = 0;
    const id = newAnnotationId(() => ++calls < 5);
    assert.equal(calls, 5);
    assert.match(id, ANNOTATION_ID);
  });
});

describe('annotations: author slugs', () => {
  const cases: [string, string][] = [
    ['Li Wei', 'li-wei'],
    ['  José  Núñez ', 'jose-nunez'],
    ['王小明', '王小明'],
    ['Anna 王', 'anna-王'],
    ['阿卜杜拉·买买提', '阿卜杜拉-买买提'],
    ['김민준', '김민준'],
    ['Ｌｉ　Ｗｅｉ', 'li-wei'],
    ['O\'Brien / Smith: "draft"', 'o-brien-smith-draft'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON', 'con-coder'],
    ['***', 'anonymous'],
    ['', 'anonymous'],
  ];
  for (const [name, slug] of cases) {
    it(`turns ${JSON.stringify(name)} into ${slug}`, () => {
      assert.equal(authorSlug(name), slug);
    });
  }

  it('is at most 64 characters and never ends with a dash', () => {
    const slug = authorSlug(`${'a'.repeat(63)} b`);
    assert.equal(slug, 'a'.repeat(63));
    assert.ok(authorSlug('x'.repeat(200)).length <= 64);
  });
});
