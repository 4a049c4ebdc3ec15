import * as assert from 'node:assert/strict';
import { DiffSegment, changedShare, diffText } from '../../../src/core/versions/textDiff';

function sides(segments: readonly DiffSegment[]): { before: string; after: string } {
  return {
    before: segments.filter((segment) => segment.op !== 'insert').map((segment) => segment.text).join(''),
    after: segments.filter((segment) => segment.op !== 'delete').map((segment) => segment.text).join(''),
  };
}

function show(segments: readonly DiffSegment[]): string {
  return segments.map((segment) => (segment.op === 'equal' ? segment.text : segment.op === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`)).join('');
}

describe('diffText', () => {
  it('shows a Chinese revision character by character', () => {
    const before = '任何组织和个人都有保护野生动物及其栖息地的义务。禁止违法猎捕野生动物、破坏野生动物栖息地。';
    const after = '任何组织和个人有保护野生动物及其栖息地的义务。禁止违法猎捕、运输、交易野生动物，禁止破坏野生动物栖息地。';
    const segments = diffText(before, after);
    assert.deepEqual(sides(segments), { before, after });
    assert.equal(show(segments), '任何组织和个人[-都-]有保护野生动物及其栖息地的义务。禁止违法猎捕{+、运输、交易+}野生动物[-、-]{+，禁止+}破坏野生动物栖息地。');
  });

  it('shows an English revision word by word', () => {
    const before = 'The State protects wildlife and its habitats.';
    const after = 'The State strictly protects wild animals and their habitats.';
    const segments = diffText(before, after);
    assert.deepEqual(sides(segments), { before, after });
    assert.equal(show(segments), 'The State {+strictly +}protects [-wildlife-]{+wild animals+} and [-its-]{+their+} habitats.');
  });

  it('reads a rewritten phrase as one change, not a patchwork around a shared character', () => {
    const segments = diffText('由县级以上人民政府给予奖励。', '由县级以上人民政府按照国家有关规定给予表彰和奖励。');
    assert.equal(show(segments), '由县级以上人民政府{+按照国家有关规定+}给予{+表彰和+}奖励。');
    const rewritten = diffText('应当定期组织调查', '可以委托机构评估');
    assert.equal(show(rewritten), '[-应当定期组织调查-]{+可以委托机构评估+}');
  });

  it('keeps numbers and Latin words apart from the Chinese around them, and a one-character replacement its own', () => {
    assert.equal(show(diffText('本法自2017年1月1日起施行。', '本法自2023年5月1日起施行。')), '本法自[-2017-]{+2023+}年[-1-]{+5+}月1日起施行。');
    assert.equal(show(diffText('加快5G技术研发', '加快6G技术研发')), '加快[-5G-]{+6G+}技术研发');
  });

  it('handles empty and identical texts', () => {
    assert.deepEqual(diffText('', ''), []);
    assert.deepEqual(diffText('同', '同'), [{ op: 'equal', text: '同' }]);
    assert.deepEqual(diffText('', '新'), [{ op: 'insert', text: '新' }]);
    assert.deepEqual(diffText('旧', ''), [{ op: 'delete', text: '旧' }]);
  });

  it('keeps every character of long, unrelated texts, and says how much changed', () => {
    const before = '甲乙丙丁'.repeat(700);
    const after = 'abc def '.repeat(400);
    const segments = diffText(before, after);
    assert.deepEqual(sides(segments), { before, after });
    assert.equal(changedShare(segments), 1);
    assert.equal(changedShare(diffText('一二三四', '一二三五')), 0.25);
  });
});
