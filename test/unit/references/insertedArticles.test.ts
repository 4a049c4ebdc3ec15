import * as assert from 'node:assert/strict';
import { readAnnotation, annotationItem } from '../../../src/core/annotations/files/sidecarItems';
import { Library } from '../../../src/core/library';
import { findProvision, numberKey, parseNumberKey } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/parseDocument';
import { parseProvisionRef, resolveProvisionRef } from '../../../src/core/reference';
import { pinpoint, provisionName } from '../../../src/core/references/citationStyle';
import { BUILT_IN_FORMATS, resolveFormats, templateFor } from '../../../src/core/references/formats';
import { buildMatchers, findReferences } from '../../../src/core/references/recognise';
import { renderTemplate } from '../../../src/core/references/template';
import { parseProvisionUri, provisionUri } from '../../../src/core/references/uri';
import { SearchIndex } from '../../../src/core/search/searchIndex';
import { placeAnnotation } from '../../../src/core/annotations/model/placement';
import { autocodePassages } from '../../../src/core/autocode/autocode';
import { parseAutocodeQuery } from '../../../src/core/autocode/query';
import { citationsIn } from '../../../src/core/corpus/citations';
import { TitleResolver } from '../../../src/core/corpus/titles';
import { renderDocument } from '../../../src/core/render/renderDocument';

// An excerpt of the Criminal Law (刑法, LawRefBook), with the articles amendments inserted.
const CRIMINAL_LAW = [
  '# 中华人民共和国刑法',
  '<!-- INFO END -->',
  '第一百二十条 组织、领导恐怖活动组织的，处十年以上有期徒刑或者无期徒刑，并处没收财产。',
  '第一百二十条之一 资助恐怖活动组织、实施恐怖活动的个人的，或者资助恐怖活动培训的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利，并处罚金。',
  '第一百二十条之二 有下列情形之一的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利，并处罚金：',
  '第一百二十一条 以暴力、胁迫或者其他方法劫持航空器的，处十年以上有期徒刑或者无期徒刑。犯前条罪的，依照本法第一百二十条之一的规定处罚。',
].join('\n\n');

const criminalLaw = () => parseDocument({ id: 'criminal-law', chinese: CRIMINAL_LAW, facts: { title: { en: 'Criminal Law of the PRC' } } }).document;
const INSERTED = parseNumberKey('120-1') ?? Number.NaN;

describe('inserted articles (第一百二十条之一) as provisions of their own', () => {
  it('numbers them between their article and the next, keyed "120-1", leaving the other ids as they were', () => {
    const document = criminalLaw();
    assert.deepEqual(document.provisions.map((provision) => provision.id), ['criminal-law#120', 'criminal-law#120-1', 'criminal-law#120-2', 'criminal-law#121']);
    assert.ok(INSERTED > 120 && INSERTED < 121);
    assert.equal(numberKey(INSERTED), '120-1');
    assert.equal(findProvision(document, 120)?.label.zh, '第一百二十条');
    assert.equal(findProvision(document, INSERTED)?.label.zh, '第一百二十条之一');
    assert.equal(parseNumberKey('120-x'), undefined);
  });

  it('resolves them as typed on the command line and in search: criminal-law#120-1, 120-1, 第一百二十条之一', () => {
    const library = new Library([criminalLaw()]);
    for (const typed of ['criminal-law#120-1', '120-1', '第一百二十条之一', 'criminal-law#第一百二十条之一']) {
      const resolved = resolveProvisionRef(library, typed);
      assert.ok('provision' in resolved, typed);
      assert.equal(resolved.provision.id, 'criminal-law#120-1');
    }
    assert.equal(parseProvisionRef('第一百二十条')?.number, 120);
    const index = new SearchIndex();
    index.add(criminalLaw());
    assert.deepEqual(index.search('第一百二十条之一', 1).map((hit) => hit.provision), [INSERTED]);
    assert.equal(index.search('资助恐怖活动培训', 1)[0]?.provision, INSERTED);
  });

  it('says which numbers a document runs through when one is missing, not how many provisions it has', () => {
    const library = new Library([criminalLaw()]);
    for (const [typed, named] of [['criminal-law#122', '122'], ['criminal-law#120-3', '120-3']]) {
      const resolved = resolveProvisionRef(library, typed);
      assert.ok('error' in resolved);
      assert.equal(resolved.error, `criminal-law has no provision ${named} (it has 120–121)`);
    }
  });

  it('cites them 第一百二十条之一 and "Art. 120-1" in every built-in format, and recognises what it writes', () => {
    const document = criminalLaw();
    const provision = findProvision(document, INSERTED);
    assert.ok(provision);
    assert.deepEqual([pinpoint(document, INSERTED), pinpoint(document, INSERTED, 'zh')], ['Art. 120-1', '第一百二十条之一']);
    assert.equal(provisionName(document, INSERTED, 'zh'), '刑法第一百二十条之一');
    assert.equal(provisionUri('criminal-law', INSERTED), 'policy-annotator:/criminal-law/120-1');
    assert.equal(parseProvisionUri('policy-annotator:/criminal-law/120-1')?.number, INSERTED);
    const library = new Library([document]);
    const formats = resolveFormats().formats;
    const matchers = buildMatchers(library, formats);
    for (const name of Object.keys(BUILT_IN_FORMATS)) {
      const format = formats.find((candidate) => candidate.name === name);
      assert.ok(format);
      const written = renderTemplate(templateFor(format, document), document, provision);
      const found = findReferences(`见${written}。`, matchers);
      assert.deepEqual(found.map((reference) => [reference.number, reference.exists]), [[INSERTED, true]], `${name}: ${written}`);
    }
    assert.equal(renderTemplate(templateFor(formats.find((format) => format.name === 'chinese') ?? formats[0], document), document, provision), '《中华人民共和国刑法》第一百二十条之一');
    // The article it was inserted after is still cited, and recognised, as itself.
    assert.deepEqual(findReferences('《中华人民共和国刑法》第一百二十条规定', matchers).map((reference) => reference.number), [120]);
  });

  it('keeps notes on them in the sidecar as "120-1", read back to the same provision; whole articles stay numbers', () => {
    const head = { document: 'criminal-law', author: 'li-wei' };
    const raw = { id: 'abcdefgh', provision: INSERTED, tags: ['terrorism'], created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };
    const item = annotationItem(readAnnotation({ ...raw, provision: '120-1' }, head), head);
    assert.equal(item.provision, '120-1');
    assert.equal(readAnnotation({ ...raw, provision: '120-1' }, head).provision, INSERTED);
    assert.equal(annotationItem(readAnnotation({ ...raw, id: 'bcdefghj', provision: 120 }, head), head).provision, 120);
  });
});

describe('inserted articles shift every later article off its position', () => {
  // After 第一百二十条之一 and 之二, article 121 is the fourth provision, not the 121st: nothing may find it by position.
  const document = criminalLaw();
  const article121 = findProvision(document, 121);

  it('places a note on article 121 on its own heading', () => {
    const renderings = { en: renderDocument(document, 'en'), zh: renderDocument(document, 'zh') };
    const note = { id: 'abcdefgh', document: document.id, provision: 121, tags: [], author: 'li-wei', created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z' };
    const placement = placeAnnotation(note, undefined, renderings, []);
    assert.ok(renderings.zh.text.slice(placement.ranges.zh.start, placement.ranges.zh.end).startsWith('第一百二十一条'));
  });

  it('auto-codes words of article 121 with its own text', () => {
    const query = parseAutocodeQuery('劫持航空器');
    assert.ok(!('refused' in query));
    const passages = autocodePassages(document, query, 'match');
    assert.deepEqual(passages.map((passage) => [numberKey(passage.provision), passage.span?.exact]), [['121', '劫持航空器']]);
  });

  it('links 本法第一百二十条之一 to the inserted article and 前条 to the provision just before', () => {
    assert.ok(article121);
    const cited = citationsIn(document, article121, new TitleResolver([document])).map((citation) => [citation.text, citation.provision === undefined ? undefined : numberKey(citation.provision)]);
    assert.deepEqual(cited, [
      ['前条', '120-2'],
      ['本法第一百二十条之一', '120-1'],
    ]);
  });
});

describe('titles inside titles', () => {
  // 河南省实施《中华人民共和国矿山安全法》办法, as LawRefBook titles it.
  const local = () =>
    parseDocument({ id: 'henan-mine-safety', chinese: ['# 河南省实施《中华人民共和国矿山安全法》办法', '<!-- INFO END -->', '第一条 为了保障矿山生产安全，制定本办法。'].join('\n\n') }).document;

  it('nests the inner title 〈〉 when citing it in 《》 (GB/T 15834), and recognises it nested or not', () => {
    const document = local();
    const provision = findProvision(document, 1);
    assert.ok(provision);
    const chinese = resolveFormats().formats.find((format) => format.name === 'chinese');
    assert.ok(chinese);
    assert.equal(renderTemplate(templateFor(chinese, document), document, provision), '《河南省实施〈中华人民共和国矿山安全法〉办法》第一条');
    const matchers = buildMatchers(new Library([document]), resolveFormats().formats);
    for (const written of ['《河南省实施〈中华人民共和国矿山安全法〉办法》第一条', '《河南省实施《中华人民共和国矿山安全法》办法》第一条']) {
      assert.deepEqual(findReferences(written, matchers).map((reference) => [reference.documentId, reference.number]), [['henan-mine-safety', 1]], written);
    }
  });
});
