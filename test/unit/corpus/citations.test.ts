import * as assert from 'node:assert/strict';
import { CitationIndex, citationsIn } from '../../../src/core/corpus';
import { TitleResolver } from '../../../src/core/corpus/titles';
import { PolicyDocument, Provision } from '../../../src/core/model';
import { corpusLaws } from './corpusFixtures';

describe('citations between documents', () => {
  const laws = corpusLaws();
  const index = new CitationIndex(laws);
  const fraudLaw = laws.find((law) => law.id === 'anti-telecom-fraud-law-2022')!;

  it('links an article citing another law of the corpus, and lists it in that law’s cited-by', () => {
    const citing = fraudLaw.provisions.filter((provision) => provision.text.zh.includes('《中华人民共和国个人信息保护法》'));
    assert.ok(citing.length > 0);
    for (const provision of citing) {
      assert.ok(index.cites(fraudLaw.id, provision.number).some((citation) => citation.document === 'pipl-2021' && citation.text === '《中华人民共和国个人信息保护法》'));
    }
    assert.deepEqual(
      index.citedBy('pipl-2021').map((citation) => citation.from),
      citing.map((provision) => ({ document: fraudLaw.id, provision: provision.number })),
    );
  });

  it('reads short titles, articles, 本法第N条, 前款, 前条 and titles nested in 《〈〉》', () => {
    const pipl = laws.find((law) => law.id === 'pipl-2021')!;
    const provision = withText(fraudLaw, 3, '依照《个人信息保护法》第二十一条和本法第二条的规定，前款及前条所列，以及《关于修改〈中华人民共和国电子商务法〉的决定》。');
    const found = citationsIn(fraudLaw, provision, new TitleResolver(laws)).map(({ text, document, provision: article }) => [text, document, article]);
    assert.deepEqual(found, [
      ['《个人信息保护法》第二十一条', pipl.id, 21],
      ['本法第二条', fraudLaw.id, 2],
      ['前款', fraudLaw.id, 3],
      ['前条', fraudLaw.id, 2],
      ['《关于修改〈中华人民共和国电子商务法〉的决定》', undefined, undefined],
      ['〈中华人民共和国电子商务法〉', 'e-commerce-law-2018', undefined],
    ]);
  });

  it('resolves a title two versions share to the one in force when the citing text was issued', () => {
    const titles = new TitleResolver(laws);
    assert.equal(titles.resolve('野生动物保护法', '2020-01-01')?.id, 'wildlife-protection-law-2018');
    assert.equal(titles.resolve('中华人民共和国野生动物保护法', '2023-05-01')?.id, 'wildlife-protection-law-2022');
    assert.equal(titles.resolve('中华人民共和国刑法', '2023-05-01'), undefined);
  });
});

function withText(document: PolicyDocument, number: number, zh: string): Provision {
  const provision = document.provisions.find((candidate) => candidate.number === number)!;
  return { ...provision, text: { ...provision.text, zh } };
}
