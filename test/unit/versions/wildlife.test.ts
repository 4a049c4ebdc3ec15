// The "Done when" of versions: the 2018 and 2022 Wildlife Protection Law, as LawRefBook/Laws has them.
import * as assert from 'node:assert/strict';
import { createSpan } from '../../../src/core/annotations/model/anchor';
import { Annotation, makeAnnotation } from '../../../src/core/annotations/model/annotation';
import { planCarry } from '../../../src/core/versions/carryPlan';
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

describe('planCarry on the Wildlife Protection Law, 2018 → 2022', () => {
  const before = parseFixture('wildlife-protection-law-2018.zh.md').document;
  const after = parseFixture('wildlife-protection-law-2022.zh.md').document;
  const comparison = compareVersions(before.provisions, after.provisions);
  const note = (id: string, provision: number, exact?: string): Annotation => {
    const text = before.provisions[provision - 1].text.zh;
    const start = exact === undefined ? -1 : text.indexOf(exact);
    const span = exact === undefined ? undefined : createSpan(text, 'zh', start, start + exact.length);
    return makeAnnotation({ id, document: before.id, provision, span, tags: [], author: 'Li Wei', created: '2024-05-01T10:00:00Z', updated: '2024-05-01T10:00:00Z' });
  };

  it('follows revised words, keeps a lost quote as an orphan, and moves notes with renumbered articles', () => {
    const annotations = [note('a0000001', 6, '禁止违法猎捕野生动物'), note('a0000002', 6, '向有关部门和机关'), note('a0000003', 31, before.provisions[30].text.zh.slice(0, 12)), note('a0000004', 58)];
    const plan = planCarry({ from: before, to: after, comparison }, annotations, () => false);
    assert.deepEqual(
      plan.items.map((item) => [item.from.provision, item.to.provision, item.landing, item.to.span?.exact]),
      [
        [6, 6, 'fuzzy', '禁止违法猎捕、运输、交易野生动物'],
        [6, 6, 'orphaned', '向有关部门和机关'],
        [31, 32, 'exact', before.provisions[30].text.zh.slice(0, 12)],
        [58, 64, 'whole', undefined],
      ],
    );
  });
});
