import * as assert from 'node:assert/strict';
import { PolicyDocument } from '../../../src/core/model';
import { versionDate, versionFamilies } from '../../../src/core/versions/versionFamilies';
import { opinions } from '../helpers/opinions';

function version(id: string, date: string, revises?: string, amended?: string[]): PolicyDocument {
  return { ...opinions(), id, date, ...(revises !== undefined && { revises }), ...(amended && { dates: { amended } }) };
}

const ids = (families: PolicyDocument[][]) => families.map((family) => family.map((document) => document.id));

describe('versionFamilies', () => {
  it('groups the versions of a document, newest first, beside documents of their own', () => {
    const documents = [version('opinions', '2017-01-15'), version('law-2018', '1988-11-08', undefined, ['2016-07-02', '2018-10-26']), version('law-2022', '1988-11-08', 'law-2018', ['2022-12-30']), version('law-2004', '1988-11-08', undefined, ['2004-08-28'])];
    const withOlder = documents.map((document) => (document.id === 'law-2018' ? { ...document, revises: 'law-2004' } : document));
    assert.deepEqual(ids(versionFamilies(withOlder)), [['opinions'], ['law-2022', 'law-2018', 'law-2004']]);
  });

  it('orders two revisions of one text by date, and ignores links to unknown documents and cycles', () => {
    const documents = [version('a', '2001-01-01'), version('b', '2003-01-01', 'a'), version('c', '2002-01-01', 'a'), version('d', '2005-01-01', 'nowhere'), version('e', '2006-01-01', 'f'), version('f', '2007-01-01', 'e')];
    const families = ids(versionFamilies(documents));
    assert.deepEqual(families.slice(0, 2), [['b', 'c', 'a'], ['d']]);
    assert.deepEqual(families.slice(2).flat().sort(), ['e', 'f']);
  });

  it('dates a version by its latest amendment', () => {
    assert.equal(versionDate(version('x', '1988-11-08', undefined, ['2018-10-26', '2016-07-02'])), '2018-10-26');
    assert.equal(versionDate(version('y', '2017-01-15')), '2017-01-15');
  });
});
