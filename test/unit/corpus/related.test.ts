import * as assert from 'node:assert/strict';
import { RelatedIndex } from '../../../src/core/corpus';
import { findProvision } from '../../../src/core/model';
import { sharedPassages } from '../../../src/core/corpus/sharedPassages';
import { corpusLaws } from './corpusFixtures';

describe('related provisions (text reuse)', () => {
  const laws = corpusLaws();
  let index: RelatedIndex;
  before(async () => {
    index = await RelatedIndex.build(laws, () => Promise.resolve());
  });
  const wildlife2018 = laws.find((law) => law.id === 'wildlife-protection-law-2018')!;
  const wildlife2022 = laws.find((law) => law.id === 'wildlife-protection-law-2022')!;

  it('ranks first the article a later version keeps word for word under a new number, with no revises declared', () => {
    assert.equal(wildlife2022.revises, undefined);
    // Every 2018 article whose words the 2022 text keeps under another number.
    const moved = wildlife2018.provisions.flatMap((provision) => {
      const kept = wildlife2022.provisions.find((other) => other.text.zh === provision.text.zh && other.number !== provision.number);
      return kept ? [[provision, kept] as const] : [];
    });
    assert.ok(moved.length >= 2);
    for (const [provision, kept] of moved) {
      const [first] = index.related(provision, 5);
      assert.deepEqual([first.document, first.provision, first.score], [wildlife2022.id, kept.number, 1]);
      assert.deepEqual(first.shared, [kept.text.zh]);
    }
  });

  it('finds a rewritten article by its shared passages, and never one of the same document', () => {
    const article = findProvision(wildlife2018, 10)!;
    const related = index.related(article, 10);
    assert.equal(related[0].document, wildlife2022.id);
    assert.equal(related[0].provision, 10);
    assert.ok(related[0].score > 0.3 && related[0].score < 1);
    assert.ok(related.every((hit) => hit.document !== wildlife2018.id));
    assert.ok(related[0].shared.every((passage) => findProvision(wildlife2022, 10)!.text.zh.includes(passage)));
  });

  it('marks the runs of shared wording, in order, leaving short coincidences out', () => {
    assert.deepEqual(sharedPassages('甲乙丙丁戊己庚辛壬癸子丑', '天地甲乙丙丁戊己庚辛人和壬癸子丑'), ['甲乙丙丁戊己庚辛']);
  });
});
