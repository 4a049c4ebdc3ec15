import * as assert from 'node:assert/strict';
import { findProvision } from '../../../src/core/model';
import { citationKey, defaultCitationKey } from '../../../src/core/references/citationKey';
import { citationStyle, pinpoint, provisionName } from '../../../src/core/references/citationStyle';
import { BUILT_IN_FORMATS, ReferenceFormat, TYPED_FORMS, resolveFormats, templateFor } from '../../../src/core/references/formats';
import { FoundReference, buildMatchers, findReferences } from '../../../src/core/references/recognise';
import { renderTemplate } from '../../../src/core/references/template';
import { parseFixture } from '../helpers/fixtures';
import { corpusLibrary, eCommerceLaw, pipl } from '../helpers/laws';
import { opinions } from '../helpers/opinions';

const PIPL_ZH = '中华人民共和国个人信息保护法';
const PIPL_EN = "Personal Information Protection Law of the People's Republic of China";

function format(name: string, formats: readonly ReferenceFormat[] = resolveFormats().formats): ReferenceFormat {
  const found = formats.find((candidate) => candidate.name === name);
  assert.ok(found, `no format ${name}`);
  return found;
}

function cite(name: string, document = pipl(), number = 38): string {
  const provision = findProvision(document, number);
  assert.ok(provision);
  return renderTemplate(templateFor(format(name), document), document, provision);
}

describe('citing laws', () => {
  it('cites by article the documents numbered 第X条, by paragraph the others', () => {
    assert.equal(citationStyle(pipl()), 'article');
    assert.equal(citationStyle(eCommerceLaw()), 'article');
    assert.equal(citationStyle(opinions()), 'paragraph');
    // A regulation numbered 一、二、… has items, not articles.
    assert.equal(citationStyle(parseFixture('ports-opening-provisions-1985.zh.md').document), 'paragraph');
    assert.deepEqual([pinpoint(pipl(), 21), pinpoint(opinions(), 15), pinpoint(pipl(), 103, 'zh')], ['Art. 21', '¶15', '第一百零三条']);
    assert.deepEqual([provisionName(pipl(), 21, 'en'), provisionName(pipl(), 21, 'zh')], ['Personal Information Protection Law, Art. 21', '个人信息保护法第二十一条']);
  });

  it('derives the short titles from the titles: the state’s name dropped in both languages', () => {
    assert.deepEqual(pipl().title, { en: PIPL_EN, zh: PIPL_ZH });
    assert.deepEqual(pipl().shortTitle, { en: 'Personal Information Protection Law', zh: '个人信息保护法' });
    assert.equal(eCommerceLaw().shortTitle.zh, '电子商务法');
  });

  it('writes every built-in format of a law by article, in both languages', () => {
    const key = 'personalInformationProtectionLaw2021';
    const expected: Record<keyof typeof BUILT_IN_FORMATS, string> = {
      short: 'Personal Information Protection Law, Art. 38',
      full: `${PIPL_EN} (2021), art. 38`,
      chinese: `《${PIPL_ZH}》第三十八条`,
      bilingual: `Personal Information Protection Law, Art. 38 (《${PIPL_ZH}》第三十八条)`,
      markdownLink: '[Personal Information Protection Law, Art. 38](policy-annotator:/pipl-2021/38)',
      pandoc: `[@${key}, art. 38]`,
      latex: `\\cite[art.~38]{${key}}`,
    };
    assert.deepEqual(Object.fromEntries(Object.keys(BUILT_IN_FORMATS).map((name) => [name, cite(name)])), expected);
    assert.equal(cite('chinese', pipl(), 74), `《${PIPL_ZH}》第七十四条`);
    // A law without translation is cited by its Chinese title where the English one would go.
    assert.equal(cite('full', eCommerceLaw(), 38), '中华人民共和国电子商务法 (2018), art. 38');
  });

  it('keeps ¶ for the Opinions, in the same formats', () => {
    assert.equal(cite('short', opinions(), 15), 'Mobile Internet Opinions ¶15');
    assert.equal(cite('latex', opinions(), 15), '\\cite[para.~15]{mobileInternetOpinions2017}');
  });

  it('takes the citation key from document.yaml, else derives one (a Chinese-only law from its id)', () => {
    assert.equal(defaultCitationKey(eCommerceLaw()), 'eCommerceLaw2018');
    const untitled = { ...eCommerceLaw(), shortTitle: { en: '', zh: '电子商务法' }, date: '2018-08-31' };
    assert.equal(defaultCitationKey({ ...untitled, id: 'law-2018-08-31' }), 'law20180831');
    assert.equal(defaultCitationKey({ ...untitled, id: 'law-2018-08-31-2' }), 'law20180831b');
    const keyed = { ...pipl(), citationKey: 'pipl' };
    assert.equal(citationKey(keyed), 'pipl');
    assert.equal(cite('pandoc', keyed), '[@pipl, art. 38]');
    assert.equal(cite('latex', keyed), '\\cite[art.~38]{pipl}');
    // The writer's setting still wins for the document it names.
    assert.equal(citationKey(keyed, { 'pipl-2021': 'mine' }), 'mine');
  });

  it('applies a format the user overrides to every document, laws included', () => {
    const formats = resolveFormats({ short: '{shortTitle.en} §{number}' }).formats;
    const document = pipl();
    const provision = findProvision(document, 21);
    assert.ok(provision);
    assert.equal(renderTemplate(templateFor(format('short', formats), document), document, provision), 'Personal Information Protection Law §21');
  });

  describe('recognised in drafts', () => {
    const library = corpusLibrary();
    const matchers = buildMatchers(library, resolveFormats().formats);
    const found = (text: string): [string, string, string, number, boolean][] =>
      findReferences(text, matchers).map((reference) => [text.slice(reference.start, reference.end), reference.format, reference.documentId, reference.number, reference.exists]);

    for (const name of Object.keys(BUILT_IN_FORMATS)) {
      it(`finds every article of both laws written in ${name}, and only it`, () => {
        for (const document of [pipl(), eCommerceLaw()]) {
          for (const provision of document.provisions) {
            const reference = renderTemplate(templateFor(format(name), document), document, provision);
            const prefix = `As the law says (see ${provision.number} below) in\n`;
            const text = `${prefix}${reference}; the point is made again at length.\n`;
            const expected: FoundReference = {
              start: prefix.length,
              end: prefix.length + reference.length,
              documentId: document.id,
              number: provision.number,
              format: name,
              exists: true,
            };
            assert.deepEqual(findReferences(text, matchers), [expected], reference);
          }
        }
      });
    }

    it('recognises the forms writers type for laws', () => {
      assert.deepEqual(found('See Personal Information Protection Law, Article 21 and 《个人信息保护法》第二十一条, also 电子商务法第三十八条.'), [
        ['Personal Information Protection Law, Article 21', 'shortPara', 'pipl-2021', 21, true],
        ['《个人信息保护法》第二十一条', 'chineseShortQuoted', 'pipl-2021', 21, true],
        ['电子商务法第三十八条', 'chineseShort', 'e-commerce-law-2018', 38, true],
      ]);
    });

    it('flags an article a law does not have, per document', () => {
      assert.deepEqual(found('Personal Information Protection Law, Art. 75; 《中华人民共和国电子商务法》第九十条; Mobile Internet Opinions ¶25'), [
        ['Personal Information Protection Law, Art. 75', 'short', 'pipl-2021', 75, false],
        ['《中华人民共和国电子商务法》第九十条', 'chinese', 'e-commerce-law-2018', 90, false],
        ['Mobile Internet Opinions ¶25', 'short', 'mobile-internet-opinions-2017', 25, false],
      ]);
      // 89 articles: 第八十九条 is there.
      assert.deepEqual(found('《中华人民共和国电子商务法》第八十九条')[0]?.[4], true);
    });

    it('does not take a law’s article for a paragraph, or the Opinions’ paragraph for an article', () => {
      assert.deepEqual(found('Personal Information Protection Law ¶21 and Mobile Internet Opinions, Art. 15'), []);
    });

    it('reads every typed form of every document in the corpus', () => {
      assert.ok(Object.keys(TYPED_FORMS).includes('chineseShortQuoted'));
    });
  });
});
