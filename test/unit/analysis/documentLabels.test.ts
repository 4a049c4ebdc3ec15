import * as assert from 'node:assert/strict';
import { documentLabels } from '../../../src/core/analysis/documentLabels';
import { PolicyDocument } from '../../../src/core/model';
import { opinions } from '../helpers/opinions';

function version(id: string, date: string, shortTitle = { en: 'Wildlife Protection Law', zh: '野生动物保护法' }): PolicyDocument {
  return { ...opinions(), id, date, shortTitle };
}

describe('document labels of tables and charts', () => {
  it('keeps a title no other document has, as it is', () => {
    assert.deepEqual(documentLabels([opinions(), version('wildlife-2018', '2018-10-26')], 'zh'), ['移动互联网意见', '野生动物保护法']);
  });

  it('tells versions apart by the year of their last amendment, as a law keeps its first date', () => {
    const amended = (id: string, dates: string[]) => ({ ...version(id, '1988-11-08'), dates: { amended: dates } });
    assert.deepEqual(documentLabels([amended('wildlife-2018', ['2016-07-02', '2018-10-26']), amended('wildlife-2022', ['2018-10-26', '2022-12-30'])], 'zh'), ['野生动物保护法 (2018)', '野生动物保护法 (2022)']);
  });

  it('tells the versions of one law apart by year, else date, else id', () => {
    const documents = [version('wildlife-2018', '2018-10-26'), version('wildlife-2022', '2022-12-30'), version('wildlife-2016a', '2016-07-02'), version('wildlife-2016b', '2016-07-02'), version('draft-a', ''), version('draft-b', '')];
    assert.deepEqual(documentLabels(documents, 'en'), [
      'Wildlife Protection Law (2018)',
      'Wildlife Protection Law (2022)',
      'Wildlife Protection Law (wildlife-2016a)',
      'Wildlife Protection Law (wildlife-2016b)',
      'Wildlife Protection Law (draft-a)',
      'Wildlife Protection Law (draft-b)',
    ]);
  });
});
