// The "Done when" of versions: the 2018 and 2022 Wildlife Protection Law, as LawRefBook/Laws has them.
import * as assert from 'node:assert/strict';
import { compareVersions } from '../../../src/core/versions/compareVersions';
import { contentOf, squeeze } from '../../../src/core/versions/provisionContent';
import { parseFixture } from '../helpers/fixtures';

describe('compareVersions on the Wildlife Protection Law, 2018 → 2022', () => {
  const before = parseFixture('wildlife-protection-law-2018.zh.md').document;
  const after = parseFixture('wildlife-protection-law-2022.zh.md').document;
  const { language, changes } = compareVersions(before.provisions, after.provisions);

  it('reads 58 and 64 articles, compared in Chinese', () => {
    assert.deepEqual([before.provisions.length, after.provisions.length, language], [58, 64, 'zh']);
  });

  it('accounts for every old article exactly once, and every new one, in the order of the new text', () => {
    const olds = changes.flatMap((change) => (change.old === null ? [] : [change.old])).sort((a, b) => a - b);
    assert.deepEqual(olds, before.provisions.map((provision) => provision.number));
    const news = changes.flatMap((change) => (change.new === null ? [] : [change.new]));
    assert.deepEqual(news, after.provisions.map((provision) => provision.number));
  });

  it('calls an article unchanged or renumbered exactly when its text is the same, under the number that text has now', () => {
    const textOf = (provisions: typeof before.provisions, number: number | null) => squeeze(contentOf(provisions.find((provision) => provision.number === number) ?? { number: 0, text: {} }, 'zh'));
    for (const change of changes) {
      const same = change.old !== null && change.new !== null && textOf(before.provisions, change.old) === textOf(after.provisions, change.new);
      assert.equal(change.kind === 'unchanged' || change.kind === 'renumbered', same, `${change.kind} ${change.old} → ${change.new}`);
      if (change.kind === 'unchanged') {
        assert.equal(change.old, change.new);
      }
    }
    const kept = changes.filter((change) => change.kind === 'unchanged' || change.kind === 'renumbered').map((change) => `${change.old}→${change.new}`);
    assert.deepEqual(kept, ['3→3', '5→5', '17→17', '21→21', '31→32', '43→46']);
  });

  it('finds the six articles the revision added, removes none, and follows the rewritten ones to their new numbers', () => {
    assert.deepEqual(changes.filter((change) => change.kind === 'added').map((change) => change.new), [27, 36, 38, 50, 57, 63]);
    assert.deepEqual(changes.filter((change) => change.kind === 'removed'), []);
    const moved = (old: number) => changes.find((change) => change.old === old)?.new;
    // 第二十七条 (trade in protected species) became 第二十八条; the penalty articles moved by three or four.
    assert.deepEqual([moved(27), moved(44), moved(49), moved(56), moved(57), moved(58)], [28, 47, 53, 61, 62, 64]);
  });
});
