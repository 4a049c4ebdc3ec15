import * as assert from 'node:assert/strict';
import { MAX_SLUG_BYTES, authorSlug } from '../../../src/core/annotations/model/authorSlug';
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
    ['Иван Петров', 'иван-петров'],
    ['Йоханнес', 'йоханнес'],
    ['Ελένη Παπαδοπούλου', 'ελένη-παπαδοπούλου'],
    ['محمد علي', 'محمد-علي'],
    ['דוד לוי', 'דוד-לוי'],
    ['สมชาย ใจดี', 'สมชาย-ใจดี'],
    ['अनीता राव', 'अनीता-राव'],
    ['  ', 'anonymous'],
    ['', 'anonymous'],
  ];
  for (const [name, slug] of cases) {
    it(`turns ${JSON.stringify(name)} into ${slug}`, () => {
      assert.equal(authorSlug(name), slug);
    });
  }

  it('gives a name without letters or digits a file of its own', () => {
    assert.match(authorSlug('***'), /^coder-[0-9a-f]{10}$/);
    assert.notEqual(authorSlug('***'), authorSlug('???'));
    assert.notEqual(authorSlug('🙂'), authorSlug('🙃'));
    assert.equal(authorSlug('🙂'), authorSlug(' 🙂 '));
  });

  it(`cuts a long name to ${MAX_SLUG_BYTES} bytes of UTF-8, with a hash that keeps long names apart`, () => {
    // Seventy characters of CJK Extension B take 280 bytes: more than a file name may have.
    const rare = String.fromCodePoint(...Array.from({ length: 70 }, (_, index) => 0x20000 + index));
    const other = String.fromCodePoint(...Array.from({ length: 70 }, (_, index) => 0x20000 + (index === 69 ? 100 : index)));
    for (const name of [rare, other, 'x'.repeat(200), `${'a'.repeat(95)} b c d e f g`]) {
      const slug = authorSlug(name);
      assert.ok(new TextEncoder().encode(slug).byteLength <= MAX_SLUG_BYTES, slug);
      assert.match(slug, /[^-]-[0-9a-f]{10}$/);
      assert.equal(authorSlug(name), slug, 'stable');
    }
    assert.notEqual(authorSlug(rare), authorSlug(other));
    assert.equal(authorSlug('a'.repeat(MAX_SLUG_BYTES)), 'a'.repeat(MAX_SLUG_BYTES));
  });

  it('never gives two different coders the same file', () => {
    const names = ['Иван Петров', 'Анна Смирнова', 'Ivan Petrov', 'Анна', 'Анна Смирнова 2', 'محمد', 'محمود', 'राम', 'रम', 'ελένη', 'ελενη', '***', '+++', '🙂', ''];
    const slugs = new Set(names.map(authorSlug));
    assert.equal(slugs.size, names.length);
  });
});
