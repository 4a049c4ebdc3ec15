import * as assert from 'node:assert/strict';
import { Library } from '../../../src/core/library';
import { PolicyDocument, partId, provisionId } from '../../../src/core/model';
import { BUILT_IN_FORMATS, ReferenceFormat, resolveFormats } from '../../../src/core/references/formats';
import { FoundReference, ReferenceMatcher, buildMatchers, findReferences } from '../../../src/core/references/recognise';
import { renderTemplate } from '../../../src/core/references/template';
import { opinions, opinionsLibrary } from '../helpers/opinions';

const DOCUMENT_ID = 'mobile-internet-opinions-2017';
const TITLE_ZH = '关于促进移动互联网健康有序发展的意见';

function matchers(userFormats?: Readonly<Record<string, string>>, library: Library = opinionsLibrary()): ReferenceMatcher[] {
  const { formats, problems } = resolveFormats(userFormats);
  assert.deepEqual(problems, []);
  return buildMatchers(library, formats);
}

function format(name: string): ReferenceFormat {
  const found = resolveFormats().formats.find((candidate) => candidate.name === name);
  assert.ok(found);
  return found;
}

/** What was found, as [text, format, number, exists], for readable assertions. */
function found(text: string, active: readonly ReferenceMatcher[] = matchers()): [string, string, number, boolean][] {
  return findReferences(text, active).map((reference) => [text.slice(reference.start, reference.end), reference.format, reference.number, reference.exists]);
}

/** A second, smaller document, so that references must say which document they name. */
function otherDocument(): PolicyDocument {
  const base = opinions();
  const id = 'other-opinions-2019';
  const provisions = base.parts[0].provisions.map((provision) => ({
    ...provision,
    id: provisionId(id, provision.number),
    documentId: id,
    title: { en: `Other ${provision.title.en}`, zh: `其他${provision.title.zh}` },
  }));
  return {
    ...base,
    id,
    title: { en: 'Opinions on Other Matters', zh: '关于其他事项的意见' },
    shortTitle: { en: 'Other Opinions', zh: '其他意见' },
    date: '2019-03-01',
    parts: [{ ...base.parts[0], id: partId(id, 1), provisions }],
    provisions,
  };
}

describe('recognising references', () => {
  const active = matchers();

  describe('round trip', () => {
    for (const name of Object.keys(BUILT_IN_FORMATS)) {
      it(`finds every provision written in ${name}, and only it`, () => {
        const document = opinions();
        for (const provision of document.provisions) {
          const reference = renderTemplate(format(name).template, document, provision);
          const prefix = `As the drafters put it (see ${provision.number} below) in\n`;
          const text = `${prefix}${reference}; the point is made again at length.\n`;
          const expected: FoundReference = {
            start: prefix.length,
            end: prefix.length + reference.length,
            documentId: DOCUMENT_ID,
            number: provision.number,
            format: name,
            exists: true,
          };
          assert.deepEqual(findReferences(text, active), [expected], reference);
        }
      });
    }

    it('finds a reference at the very start and end of the text', () => {
      assert.deepEqual(found('Mobile Internet Opinions ¶3'), [['Mobile Internet Opinions ¶3', 'short', 3, true]]);
    });
  });

  describe('forms written by hand', () => {
    it('recognises the short, paragraph and Chinese forms', () => {
      assert.deepEqual(found('Mobile Internet Opinions ¶15, Mobile Internet Opinions, para. 15 and 《' + TITLE_ZH + '》第十五条.'), [
        ['Mobile Internet Opinions ¶15', 'short', 15, true],
        ['Mobile Internet Opinions, para. 15', 'shortPara', 15, true],
        [`《${TITLE_ZH}》第十五条`, 'chinese', 15, true],
      ]);
    });

    it('recognises the typed variants', () => {
      assert.deepEqual(found(`Mobile Internet Opinions ¶ 7; 《${TITLE_ZH}》第7条；移动互联网意见第二十条。`), [
        ['Mobile Internet Opinions ¶ 7', 'shortSpaced', 7, true],
        [`《${TITLE_ZH}》第7条`, 'chineseDigits', 7, true],
        ['移动互联网意见第二十条', 'chineseShort', 20, true],
      ]);
    });

    it('lets spacing vary: line breaks, several spaces, LaTeX ~', () => {
      assert.deepEqual(found('Mobile\n  Internet Opinions, para.~15 and Mobile~Internet~Opinions ¶2'), [
        ['Mobile\n  Internet Opinions, para.~15', 'shortPara', 15, true],
        ['Mobile~Internet~Opinions ¶2', 'short', 2, true],
      ]);
      assert.deepEqual(found('\\cite[para. 4]{mobileInternetOpinions2017}'), [['\\cite[para. 4]{mobileInternetOpinions2017}', 'latex', 4, true]]);
    });

    it('finds nothing in words that merely contain a reference, or in longer numbers', () => {
      assert.deepEqual(found('XMobile Internet Opinions ¶15, Mobile Internet Opinions ¶15000, mobile internet opinions ¶2'), []);
    });

    it('still finds a reference right after a word in LaTeX', () => {
      assert.deepEqual(found('as argued\\cite[para.~9]{mobileInternetOpinions2017}'), [['\\cite[para.~9]{mobileInternetOpinions2017}', 'latex', 9, true]]);
    });
  });

  describe('provisions that do not exist', () => {
    it('returns them, flagged', () => {
      assert.deepEqual(found(`Mobile Internet Opinions ¶25 and 《${TITLE_ZH}》第二十五条 and [@mobileInternetOpinions2017, para. 0]`), [
        ['Mobile Internet Opinions ¶25', 'short', 25, false],
        [`《${TITLE_ZH}》第二十五条`, 'chinese', 25, false],
        ['[@mobileInternetOpinions2017, para. 0]', 'pandoc', 0, false],
      ]);
    });

    it('ignores a malformed Chinese numeral', () => {
      assert.deepEqual(found(`《${TITLE_ZH}》第十十条`), []);
    });
  });

  describe('overlapping formats', () => {
    it('reports the bilingual form once, not its short and Chinese parts', () => {
      const text = `Compare Mobile Internet Opinions ¶15 (《${TITLE_ZH}》第十五条) with it.`;
      assert.deepEqual(found(text), [[`Mobile Internet Opinions ¶15 (《${TITLE_ZH}》第十五条)`, 'bilingual', 15, true]]);
    });

    it('reports a Markdown link once', () => {
      const link = '[Mobile Internet Opinions ¶15](policy-annotator:/mobile-internet-opinions-2017/15)';
      assert.deepEqual(found(`See ${link}.`), [[link, 'markdownLink', 15, true]]);
    });

    it('splits a form whose numbers disagree into the references it holds', () => {
      assert.deepEqual(found(`Mobile Internet Opinions ¶15 (《${TITLE_ZH}》第十六条)`), [
        ['Mobile Internet Opinions ¶15', 'short', 15, true],
        [`《${TITLE_ZH}》第十六条`, 'chinese', 16, true],
      ]);
      assert.deepEqual(found('[Mobile Internet Opinions ¶15](policy-annotator:/mobile-internet-opinions-2017/16)'), [
        ['Mobile Internet Opinions ¶15', 'short', 15, true],
      ]);
    });

    it('keeps separate references in text order', () => {
      const text = '\\cite[para.~2]{mobileInternetOpinions2017} before Mobile Internet Opinions ¶1';
      assert.deepEqual(
        found(text).map(([, name, number]) => [name, number]),
        [
          ['latex', 2],
          ['short', 1],
        ],
      );
      assert.deepEqual(findReferences(text, active), findReferences(text, active));
    });
  });

  describe('user formats', () => {
    it('recognises a format with provision titles, also broken across lines', () => {
      const withTitle = matchers({ titled: '{shortTitle.en} ¶{number} ({title.en})' });
      assert.deepEqual(found('Mobile Internet Opinions ¶15 (Safeguarding users’ lawful\nrights and interest).', withTitle), [
        ['Mobile Internet Opinions ¶15 (Safeguarding users’ lawful\nrights and interest)', 'titled', 15, true],
      ]);
    });

    it('does not take a title for another provision as part of the reference', () => {
      const withTitle = matchers({ titled: '{shortTitle.en} ¶{number} ({title.en})' });
      assert.deepEqual(found('Mobile Internet Opinions ¶15 (Importance and urgency)', withTitle), [['Mobile Internet Opinions ¶15', 'short', 15, true]]);
    });

    it('matches the characters of a template literally', () => {
      const starred = matchers({ starred: '*{shortTitle.en}* (¶{number})? $|^' });
      assert.deepEqual(found('See *Mobile Internet Opinions* (¶8)? $|^ again.', starred), [['*Mobile Internet Opinions* (¶8)? $|^', 'starred', 8, true]]);
    });

    it('recognises parts and a configured citation key', () => {
      const library = opinionsLibrary();
      const { formats } = resolveFormats({ parted: 'MIO {partNumeral.en}.{number}' });
      const active = buildMatchers(library, formats, { [DOCUMENT_ID]: 'mio' });
      assert.deepEqual(found('MIO IV.15, MIO II.15 and [@mio, para. 3]', active), [
        ['MIO IV.15', 'parted', 15, true],
        ['[@mio, para. 3]', 'pandoc', 3, true],
      ]);
    });
  });

  describe('a library of several documents', () => {
    const library = new Library([opinions(), otherDocument()]);

    it('tells the documents apart by title, key and link', () => {
      const active = matchers(undefined, library);
      const text = [
        'Other Opinions ¶2, Mobile Internet Opinions ¶2, [@otherOpinions2019, para. 3],',
        '[Other Opinions ¶1](policy-annotator:/other-opinions-2019/1), [Other Opinions ¶3](policy-annotator:/mobile-internet-opinions-2017/3)',
      ].join('\n');
      assert.deepEqual(
        findReferences(text, active).map((reference) => [reference.format, reference.documentId, reference.number]),
        [
          ['short', 'other-opinions-2019', 2],
          ['short', DOCUMENT_ID, 2],
          ['pandoc', 'other-opinions-2019', 3],
          ['markdownLink', 'other-opinions-2019', 1],
          // The link names another document than the title: only the title's reference stands.
          ['short', 'other-opinions-2019', 3],
        ],
      );
      assert.deepEqual(found('Other Opinions ¶15', active), [['Other Opinions ¶15', 'short', 15, false]]);
    });

    it('refers a format that names no document to the default document', () => {
      const active = matchers({ bare: '¶{number}' }, library);
      assert.deepEqual(
        findReferences('as ¶12 says', active).map((reference) => [reference.documentId, reference.number, reference.format]),
        [[DOCUMENT_ID, 12, 'bare']],
      );
    });
  });
});
