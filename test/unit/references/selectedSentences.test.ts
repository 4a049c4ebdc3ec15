import * as assert from 'node:assert/strict';
import { selectedSentences } from '../../../src/core/references/selectedSentences';

describe('selectedSentences', () => {
  const en = 'First sentence. Second one; third clause. Fourth.';
  const zh = '第一句。第二句；第三句。';

  it('finds every sentence a selection touches', () => {
    const start = en.indexOf('sentence');
    const end = en.indexOf('third') + 2;
    assert.deepEqual(selectedSentences(en, 'en', start, end), [1, 2, 3]);
  });

  it('takes the sentence a cursor sits in', () => {
    assert.deepEqual(selectedSentences(en, 'en', en.indexOf('Fourth') + 2, en.indexOf('Fourth') + 2), [4]);
  });

  it('cuts Chinese at its own marks', () => {
    assert.deepEqual(selectedSentences(zh, 'zh', zh.indexOf('第二'), zh.length), [2, 3]);
  });

  it('touches nothing in the space between sentences', () => {
    const gap = en.indexOf(' Second');
    assert.deepEqual(selectedSentences(en, 'en', gap + 1, gap + 1), [2]);
    assert.deepEqual(selectedSentences(en, 'en', gap, gap + 1), []);
  });
});
