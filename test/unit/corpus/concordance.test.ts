import * as assert from 'node:assert/strict';
import { ConcordanceQueryError, concordance, corpusPassages, sortConcordance } from '../../../src/core/corpus';
import { corpusLaws } from './corpusFixtures';

describe('concordance (keyword in context)', () => {
  const passages = corpusPassages(corpusLaws());

  it('lists every occurrence of 个人信息, each line a substring of its provision where the match sits', () => {
    const lines = concordance(passages, { query: '个人信息', width: 12 });
    const expected = passages.reduce((sum, passage) => sum + passage.text.split('个人信息').length - 1, 0);
    assert.ok(expected > 100, 'the corpus holds the phrase often');
    assert.equal(lines.length, expected);
    for (const line of lines) {
      const text = passages.find((passage) => passage.document === line.document && passage.provision === line.provision && passage.language === line.language)!.text;
      assert.equal(text.slice(line.offset - line.left.length, line.offset + line.match.length + line.right.length), line.left + line.match + line.right);
      assert.ok(line.left.length <= 12 && line.right.length <= 12);
      assert.ok(!line.left.includes('\n') && !line.right.includes('\n'));
    }
  });

  it('finds a regular expression, skips empty matches and refuses a broken pattern', () => {
    const lines = concordance(passages, { query: '第[一二三四五六七八九十]+条', regex: true });
    assert.ok(lines.length > 0 && lines.every((line) => /^第[一二三四五六七八九十]+条$/.test(line.match)));
    assert.deepEqual(concordance(passages, { query: 'x*', regex: true }).filter((line) => line.match === ''), []);
    assert.throws(() => concordance(passages, { query: '(', regex: true }), ConcordanceQueryError);
  });

  it('sorts by the words left of the match read outwards, or by the words right of it', () => {
    const lines = concordance(passages, { query: '个人信息' });
    const byLeft = sortConcordance(lines, 'left').map((line) => line.left.at(-1) ?? '');
    assert.deepEqual(byLeft, [...byLeft].sort());
    const byRight = sortConcordance(lines, 'right').map((line) => line.right);
    assert.deepEqual(byRight, [...byRight].sort());
  });
});
