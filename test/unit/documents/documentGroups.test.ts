import * as assert from 'node:assert/strict';
import { GroupedDocument, groupDocuments, recordFacts } from '../../../src/core/documents/documentGroups';

const DOCUMENTS: GroupedDocument[] = [
  { id: 'pipl', facts: { date: '2021-08-20', type: '法律', issuers: { zh: ['全国人民代表大会常务委员会'] }, attributes: { level: 'national' } } },
  { id: 'shanghai-data', facts: { date: '2021-11-25', type: '地方性法规', issuers: { zh: ['上海市人民代表大会常务委员会'] }, attributes: { level: 'local', region: '上海' } } },
  { id: 'cybersecurity', facts: { date: '2016-11-07', type: '法律', issuers: { en: ['NPCSC'], zh: [] } } },
  { id: 'untitled', facts: {} },
  { id: 'provisions-2009', facts: { date: '2009-05-01', type: '部门规章', issuers: { zh: ['国务院', '公安部'] } } },
];

const shown = (attribute: string) => groupDocuments(DOCUMENTS, attribute).map((group) => [group.value ?? null, group.documents]);

describe('documents grouped by an attribute, from their facts alone', () => {
  it('groups by a derived attribute: year from the date, type, issuer (the first of several, English when no Chinese)', () => {
    assert.deepEqual(shown('year'), [
      ['2009', ['provisions-2009']],
      ['2016', ['cybersecurity']],
      ['2021', ['pipl', 'shanghai-data']],
      [null, ['untitled']],
    ]);
    const byType = shown('type');
    assert.deepEqual(new Map(byType.map(([value, ids]) => [value, ids])), new Map([
      ['法律', ['pipl', 'cybersecurity']],
      ['地方性法规', ['shanghai-data']],
      ['部门规章', ['provisions-2009']],
      [null, ['untitled']],
    ]));
    assert.equal(byType.at(-1)?.[0], null, 'the documents without a type come last');
    assert.deepEqual(
      shown('issuer').find(([value]) => value === '国务院'),
      ['国务院', ['provisions-2009']],
    );
    assert.ok(shown('issuer').some(([value]) => value === 'NPCSC'));
  });

  it('groups by a user attribute; documents without it come last, each document once', () => {
    assert.deepEqual(shown('level'), [
      ['local', ['shanghai-data']],
      ['national', ['pipl']],
      [null, ['cybersecurity', 'untitled', 'provisions-2009']],
    ]);
    assert.deepEqual(shown('region'), [
      ['上海', ['shanghai-data']],
      [null, ['pipl', 'cybersecurity', 'untitled', 'provisions-2009']],
    ]);
    for (const attribute of ['year', 'type', 'issuer', 'level', 'nosuch']) {
      assert.deepEqual(
        groupDocuments(DOCUMENTS, attribute)
          .flatMap((group) => group.documents)
          .sort(),
        DOCUMENTS.map((document) => document.id).sort(),
        attribute,
      );
    }
  });

  it('a document.yaml without a type is typed from its title and issuers, as parsing would', () => {
    assert.equal(recordFacts({ title: { zh: '中华人民共和国个人信息保护法' }, issuers: { zh: ['全国人民代表大会常务委员会'] } }).type, '法律');
    assert.equal(recordFacts({ title: { zh: '国务院关于口岸开放的若干规定' }, issuers: { zh: ['国务院'] } }).type, '行政法规');
    assert.equal(recordFacts({ title: { zh: '中华人民共和国个人信息保护法' }, type: '决定' }).type, '决定');
    assert.equal(recordFacts({}).type, undefined);
  });
});
