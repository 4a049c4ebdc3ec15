import * as assert from 'node:assert/strict';
import { mapThroughRevision } from '../../../src/core/versions/mapThroughRevision';

/** The new words a quote of the old text becomes, and how much of it was kept. */
function follow(before: string, after: string, quote: string): [string, number] | undefined {
  const start = before.indexOf(quote);
  const mapped = mapThroughRevision(before, after, start, start + quote.length);
  return mapped && [after.slice(mapped.start, mapped.end), Math.round(mapped.kept * 100) / 100];
}

describe('mapThroughRevision', () => {
  const before = '国家鼓励激发经济活力，支持创新。';

  it('takes in words inserted inside the quote', () => {
    assert.deepEqual(follow(before, '国家鼓励激发经济发展活力，支持创新。', '激发经济活力'), ['激发经济发展活力', 1]);
  });

  it('leaves out words inserted just before or after it', () => {
    assert.deepEqual(follow(before, '国家鼓励进一步激发经济活力和动力，支持创新。', '激发经济活力'), ['激发经济活力', 1]);
  });

  it('gives way to the replacement of words at its edges', () => {
    assert.deepEqual(follow(before, '国家鼓励激发市场活力，支持创新。', '激发经济活力'), ['激发市场活力', 0.67]);
    assert.deepEqual(follow(before, '国家鼓励激发经济动能，支持创新。', '激发经济活力'), ['激发经济动能', 0.67]);
  });

  it('finds nothing when every word of the quote is gone', () => {
    assert.equal(follow(before, '国家鼓励，支持创新。', '激发经济活力'), undefined);
  });

  it('follows English words through a word-by-word revision', () => {
    const english = 'The State shall arouse economic vitality and support innovation.';
    const after = 'The State shall arouse the vitality of the economy and support innovation.';
    assert.deepEqual(follow(english, after, 'arouse economic vitality'), ['arouse the vitality', 0.67]);
  });
});
