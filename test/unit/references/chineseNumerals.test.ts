import * as assert from 'node:assert/strict';
import { MAX_CHINESE_NUMERAL, parseChineseNumeral, toChineseNumeral } from '../../../src/core/references/chineseNumerals';
import { opinions } from '../helpers/opinions';

describe('Chinese numerals', () => {
  it('writes the known forms', () => {
    const known: [number, string][] = [
      [1, '一'],
      [10, '十'],
      [11, '十一'],
      [15, '十五'],
      [20, '二十'],
      [21, '二十一'],
      [24, '二十四'],
      [99, '九十九'],
      [100, '一百'],
      [101, '一百零一'],
      [103, '一百零三'],
      [110, '一百一十'],
      [111, '一百一十一'],
      [120, '一百二十'],
      [205, '二百零五'],
      [999, '九百九十九'],
      [1000, '一千'],
      [1001, '一千零一'],
      [1010, '一千零一十'],
      [1100, '一千一百'],
      [9999, '九千九百九十九'],
    ];
    for (const [value, numeral] of known) {
      assert.equal(toChineseNumeral(value), numeral, `${value}`);
      assert.equal(parseChineseNumeral(numeral), value, numeral);
    }
  });

  it('round-trips every number from 1 to 99', () => {
    for (let value = 1; value <= 99; value++) {
      assert.equal(parseChineseNumeral(toChineseNumeral(value)), value);
    }
  });

  it('round-trips samples from 100 to the maximum', () => {
    for (let value = 100; value <= MAX_CHINESE_NUMERAL; value += 37) {
      assert.equal(parseChineseNumeral(toChineseNumeral(value)), value, `${value}`);
    }
  });

  it('numbers the parts of the Opinions as the original does', () => {
    assert.deepEqual(
      opinions().parts.map((part) => toChineseNumeral(part.number)),
      opinions().parts.map((part) => part.numeral.zh),
    );
    assert.deepEqual(['一', '二', '三', '四', '五', '六'].map(parseChineseNumeral), [1, 2, 3, 4, 5, 6]);
  });

  it('accepts the variants writers type', () => {
    assert.equal(parseChineseNumeral('一十五'), 15);
    assert.equal(parseChineseNumeral('一百〇一'), 101);
    assert.equal(parseChineseNumeral('两百'), 200);
  });

  it('rejects what is not a numeral', () => {
    for (const text of ['', '零', '十十', '一百十', '百', '二二', '一零', '十五条', 'x']) {
      assert.equal(parseChineseNumeral(text), undefined, text);
    }
  });

  it('refuses to write numbers it has no numeral for', () => {
    for (const value of [0, -1, 1.5, MAX_CHINESE_NUMERAL + 1]) {
      assert.throws(() => toChineseNumeral(value), RangeError);
    }
  });
});
