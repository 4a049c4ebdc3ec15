import * as assert from 'node:assert/strict';
import { allDivisions, findProvision } from '../../../src/core/model';
import { fixtureText, parseFixture } from '../helpers/fixtures';

describe('parseDocument on Chinese laws and regulations (LawRefBook format)', () => {
  describe('the E-Commerce Law (2018): chapters, sections, articles', () => {
    const source = fixtureText('e-commerce-law-2018.zh.md');
    const { document, layout } = parseFixture('e-commerce-law-2018.zh.md');

    it('finds 89 articles numbered 1–89 in 7 chapters, chapter II holding 2 sections', () => {
      assert.equal(layout, 'monolingual');
      assert.equal(document.provisions.length, 89);
      assert.deepEqual(document.provisions.map((provision) => provision.number), Array.from({ length: 89 }, (_, index) => index + 1));
      assert.deepEqual(
        document.parts.map((chapter) => [chapter.id, chapter.kind, chapter.numeral.zh, chapter.title.zh, chapter.provisions.length]),
        [
          ['e-commerce-law-2018/chapter-1', 'chapter', '第一章', '总则', 8],
          ['e-commerce-law-2018/chapter-2', 'chapter', '第二章', '电子商务经营者', 38],
          ['e-commerce-law-2018/chapter-3', 'chapter', '第三章', '电子商务合同的订立与履行', 11],
          ['e-commerce-law-2018/chapter-4', 'chapter', '第四章', '电子商务争议解决', 6],
          ['e-commerce-law-2018/chapter-5', 'chapter', '第五章', '电子商务促进', 10],
          ['e-commerce-law-2018/chapter-6', 'chapter', '第六章', '法律责任', 15],
          ['e-commerce-law-2018/chapter-7', 'chapter', '第七章', '附则', 1],
        ],
      );
      assert.deepEqual(
        document.parts[1].divisions.map((section) => [section.id, section.title.zh, section.provisions.map((provision) => provision.number)]),
        [
          ['e-commerce-law-2018/chapter-2/section-1', '一般规定', Array.from({ length: 18 }, (_, index) => index + 9)],
          ['e-commerce-law-2018/chapter-2/section-2', '电子商务平台经营者', Array.from({ length: 20 }, (_, index) => index + 27)],
        ],
      );
    });

    it('gives article 38 its id, label and text verbatim, its 款 kept as paragraphs', () => {
      const article = findProvision(document, 38);
      assert.ok(article);
      assert.equal(article.id, 'e-commerce-law-2018#38');
      assert.equal(article.label.zh, '第三十八条');
      assert.equal(article.division, 'e-commerce-law-2018/chapter-2/section-2');
      assert.equal(article.part, 2);
      assert.equal(article.title.zh, '');
      const paragraphs = article.text.zh.split('\n');
      assert.equal(paragraphs.length, 2);
      assert.ok(paragraphs[0].startsWith('电子商务平台经营者知道或者应当知道平台内经营者销售的商品或者提供的服务不符合保障人身、财产安全的要求'));
      assert.ok(paragraphs.every((paragraph) => source.includes(`${paragraph}\n`)));
      assert.ok(source.includes(`第三十八条 ${paragraphs[0]}\n\n${paragraphs[1]}\n`));
    });

    it('keeps every article verbatim, and nothing between articles is lost', () => {
      const body = source.slice(source.indexOf('<!-- INFO END -->'));
      const rebuilt = document.provisions.map((provision) => `${provision.label.zh} ${provision.text.zh}`).join('\n');
      const articleLines = body.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('<!--'));
      assert.equal(rebuilt, articleLines.join('\n'));
    });

    it('reads the title, short title, adopting body and date from the front matter', () => {
      assert.equal(document.title.zh, '中华人民共和国电子商务法');
      assert.equal(document.shortTitle.zh, '电子商务法');
      assert.deepEqual(document.issuers.zh, ['全国人民代表大会常务委员会']);
      assert.equal(document.date, '2018-08-31');
      assert.equal(document.translated, false);
      assert.equal(document.preamble.zh, '');
    });
  });

  it('the Anti-Telecom-Fraud Law (2022): 50 articles in 7 chapters, "总 则" written spaced kept as written', () => {
    const { document } = parseFixture('anti-telecom-fraud-law-2022.zh.md');
    assert.equal(document.provisions.length, 50);
    assert.equal(document.parts.length, 7);
    assert.equal(document.parts[0].title.zh, '总 则');
    assert.deepEqual(document.issuers.zh, ['全国人民代表大会常务委员会']);
    assert.equal(document.date, '2022-09-02');
  });

  it('the Wildlife Protection Law before and after its 2022 revision: 58 and 64 articles, the revision history as dates', () => {
    const before = parseFixture('wildlife-protection-law-2018.zh.md').document;
    const after = parseFixture('wildlife-protection-law-2022.zh.md').document;
    assert.equal(before.provisions.length, 58);
    assert.equal(after.provisions.length, 64);
    assert.equal(after.date, '1988-11-08');
    assert.deepEqual(after.dates?.amended, ['2004-08-28', '2009-08-27', '2016-07-02', '2018-10-26', '2022-12-30']);
    assert.deepEqual(allDivisions(after).map((division) => division.id), [1, 2, 3, 4, 5].map((n) => `wildlife-protection-law-2022/chapter-${n}`));
  });

  describe('a regulation numbered 一、二、… (ports opening, 1985)', () => {
    const source = fixtureText('ports-opening-provisions-1985.zh.md');
    const { document } = parseFixture('ports-opening-provisions-1985.zh.md');

    it('makes its 12 numbered items the provisions, their (一) and 1． sub-items inside them', () => {
      assert.deepEqual(document.provisions.map((provision) => provision.number), Array.from({ length: 12 }, (_, index) => index + 1));
      assert.deepEqual(document.parts, []);
      const item4 = findProvision(document, 4);
      assert.equal(item4?.label.zh, '四、');
      assert.equal(item4?.id, 'ports-opening-provisions-1985#4');
      assert.deepEqual(item4?.text.zh.split('\n'), [
        '两类口岸的具体划分：',
        '(一) 以下为一类口岸：',
        '1．对外国籍船舶、飞机、车辆等交通工具开放的海、陆、空客货口岸；',
        '2．只允许我国籍船舶、飞机、车辆出入国境的海、陆、空客货口岸；',
        '3．允许外国籍船舶进出我国领海内的海面交货点。',
        '(二) 以下为二类口岸：',
        '1．依靠其他口岸派人前往办理出入境检查检验手续的国轮外贸运输装卸点、起运点、交货点；',
        '2．同毗邻国家地方政府之间进行边境小额贸易和人员往来的口岸；',
        '3．只限边境居民通行的出入境口岸。',
      ]);
      assert.equal(findProvision(document, 12)?.text.zh, '本规定自发布之日起施行。');
    });

    it('keeps the opening paragraph as the preamble, and the front matter as facts', () => {
      assert.equal(document.preamble.zh, '随着我国对外贸易、国际交往和旅游事业的发展，将进一步开放新的口岸。为加强口岸开放的审批工作，特制定本规定。');
      assert.ok(source.includes(document.preamble.zh));
      assert.equal(document.title.zh, '国务院关于口岸开放的若干规定');
      assert.deepEqual(document.issuers.zh, ['国务院']);
      assert.equal(document.date, '1985-09-18');
    });
  });
});
