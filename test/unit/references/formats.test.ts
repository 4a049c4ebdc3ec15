import * as assert from 'node:assert/strict';
import { defaultCitationKey } from '../../../src/core/references/citationKey';
import {
  BUILT_IN_FORMATS,
  DEFAULT_FORMAT_BY_LANGUAGE,
  ReferenceFormat,
  TYPED_FORMS,
  defaultFormatName,
  resolveFormats,
} from '../../../src/core/references/formats';
import { renderTemplate } from '../../../src/core/references/template';
import { opinions } from '../helpers/opinions';

const TITLE_EN = 'Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet';
const TITLE_ZH = '关于促进移动互联网健康有序发展的意见';
const URI = 'policy-annotator:/mobile-internet-opinions-2017';

function format(name: string, formats: readonly ReferenceFormat[] = resolveFormats().formats): ReferenceFormat {
  const found = formats.find((candidate) => candidate.name === name);
  assert.ok(found, `no format ${name}`);
  return found;
}

function rendered(name: string, number: number): string {
  const document = opinions();
  return renderTemplate(format(name).template, document, document.provisions[number - 1]);
}

describe('reference formats', () => {
  const expected: Record<string, [string, string, string]> = {
    short: ['Mobile Internet Opinions ¶1', 'Mobile Internet Opinions ¶15', 'Mobile Internet Opinions ¶24'],
    full: [`${TITLE_EN} (2017), para. 1`, `${TITLE_EN} (2017), para. 15`, `${TITLE_EN} (2017), para. 24`],
    chinese: [`《${TITLE_ZH}》第一条`, `《${TITLE_ZH}》第十五条`, `《${TITLE_ZH}》第二十四条`],
    bilingual: [
      `Mobile Internet Opinions ¶1 (《${TITLE_ZH}》第一条)`,
      `Mobile Internet Opinions ¶15 (《${TITLE_ZH}》第十五条)`,
      `Mobile Internet Opinions ¶24 (《${TITLE_ZH}》第二十四条)`,
    ],
    markdownLink: [
      `[Mobile Internet Opinions ¶1](${URI}/1)`,
      `[Mobile Internet Opinions ¶15](${URI}/15)`,
      `[Mobile Internet Opinions ¶24](${URI}/24)`,
    ],
    pandoc: ['[@mobileInternetOpinions2017, para. 1]', '[@mobileInternetOpinions2017, para. 15]', '[@mobileInternetOpinions2017, para. 24]'],
    latex: [
      '\\cite[para.~1]{mobileInternetOpinions2017}',
      '\\cite[para.~15]{mobileInternetOpinions2017}',
      '\\cite[para.~24]{mobileInternetOpinions2017}',
    ],
  };

  it('has exactly the built-in formats whose names the settings use', () => {
    assert.deepEqual(Object.keys(BUILT_IN_FORMATS), Object.keys(expected));
  });

  for (const [name, outputs] of Object.entries(expected)) {
    it(`renders ${name} for provisions 1, 15 and 24`, () => {
      assert.deepEqual([1, 15, 24].map((number) => rendered(name, number)), outputs);
    });
  }

  it('derives the default citation key from the short title and year', () => {
    assert.equal(defaultCitationKey(opinions()), 'mobileInternetOpinions2017');
  });

  it('chooses a default format per language id', () => {
    assert.deepEqual(DEFAULT_FORMAT_BY_LANGUAGE, { markdown: 'markdownLink', latex: 'latex', plaintext: 'short' });
    assert.equal(defaultFormatName('latex'), 'latex');
    assert.equal(defaultFormatName('restructuredtext'), 'short');
    assert.equal(defaultFormatName('constructor'), 'short');
  });

  it('offers the built-ins for inserting and the typed forms only for recognition', () => {
    const { formats, problems } = resolveFormats();
    assert.deepEqual(problems, []);
    assert.deepEqual(
      formats.map((candidate) => [candidate.name, candidate.insertable]),
      [...Object.keys(BUILT_IN_FORMATS).map((name) => [name, true]), ...Object.keys(TYPED_FORMS).map((name) => [name, false])],
    );
  });

  it('merges user formats over the built-ins', () => {
    const { formats, problems } = resolveFormats({ short: 'MIO ¶{number}', article: '{shortTitle.zh}第{numberZh}条（{title.zh}）', shortPara: 'MIO, para. {number}' });
    assert.deepEqual(problems, []);
    const document = opinions();
    const provision = document.provisions[14];
    assert.equal(renderTemplate(format('short', formats).template, document, provision), 'MIO ¶15');
    assert.equal(renderTemplate(format('article', formats).template, document, provision), '移动互联网意见第十五条（维护用户合法权益）');
    assert.equal(format('shortPara', formats).insertable, true);
    assert.equal(formats.filter((candidate) => candidate.name === 'shortPara').length, 1);
  });

  it('reports a bad user format and keeps the built-in of that name', () => {
    const { formats, problems } = resolveFormats({ short: '{shortTitle.en} ¶{num}', broken: '¶{number', chineseShort: '第{numberZh条' });
    assert.deepEqual(
      problems.map((problem) => [problem.name, problem.error.offset]),
      [
        ['short', 17],
        ['broken', 1],
        ['chineseShort', 1],
      ],
    );
    assert.match(problems[0].error.message, /unknown placeholder \{num\}/);
    assert.equal(format('short', formats).template.source, BUILT_IN_FORMATS.short);
    assert.equal(formats.some((candidate) => candidate.name === 'broken'), false);
    assert.equal(format('chineseShort', formats).template.source, TYPED_FORMS.chineseShort);
  });
});
