import * as assert from 'node:assert/strict';
import { bibliography, bibliographyExtension } from '../../../src/core/bibliography';
import { bibtexEntry } from '../../../src/core/bibliography/bibtex';
import { cslItem } from '../../../src/core/bibliography/cslJson';
import { texEscape } from '../../../src/core/lib/texEscape';
import { PolicyDocument } from '../../../src/core/model';
import { BUILT_IN_FORMATS, compileTemplate, renderTemplate } from '../../../src/core/references';
import { eCommerceLaw, pipl } from '../helpers/laws';
import { opinions } from '../helpers/opinions';

/** The key the pandoc reference format writes for the document. */
function pandocKey(document: PolicyDocument, keys?: Record<string, string>): string {
  const compiled = compileTemplate(BUILT_IN_FORMATS.pandoc);
  assert.ok('template' in compiled);
  return /^\[@(\S+),/.exec(renderTemplate(compiled.template, document, document.provisions[0], keys))?.[1] ?? '';
}

describe('bibliography entries', () => {
  it('writes the Opinions as biblatex @legislation: English title, Chinese original, issuers, date, translator', () => {
    assert.equal(
      bibtexEntry(opinions(), 'biblatex'),
      [
        '@legislation{mobileInternetOpinions2017,',
        '  title = {{Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet}},',
        '  shorttitle = {{Mobile Internet Opinions}},',
        '  origtitle = {{关于促进移动互联网健康有序发展的意见}},',
        '  organization = {{Central Committee General Office} and {State Council General Office}},',
        '  date = {2017-01-15},',
        '  language = {Chinese},',
        '  note = {Translated by Rogier Creemers, China Copyright and Media},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a law as classic BibTeX @misc, the issuer a corporate author, and a Chinese-only law in UTF-8', () => {
    assert.equal(
      bibtexEntry(pipl(), 'bibtex'),
      [
        '@misc{personalInformationProtectionLaw2021,',
        '  author = {{全国人民代表大会常务委员会}},',
        "  title = {{Personal Information Protection Law of the People's Republic of China}},",
        '  year = {2021},',
        '  note = {中华人民共和国个人信息保护法},',
        '  language = {Chinese},',
        '}',
        '',
      ].join('\n'),
    );
    assert.equal(
      bibtexEntry(eCommerceLaw(), 'biblatex'),
      [
        '@legislation{eCommerceLaw2018,',
        '  title = {{中华人民共和国电子商务法}},',
        '  shorttitle = {{电子商务法}},',
        '  organization = {{全国人民代表大会常务委员会}},',
        '  date = {2018-08-31},',
        '  language = {Chinese},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes CSL-JSON: a law is "legislation", the Opinions a "regulation", with issued date parts and the issuing authority', () => {
    assert.deepEqual(cslItem(eCommerceLaw()), {
      id: 'eCommerceLaw2018',
      type: 'legislation',
      title: '中华人民共和国电子商务法',
      'title-short': '电子商务法',
      authority: '全国人民代表大会常务委员会',
      issued: { 'date-parts': [[2018, 8, 31]] },
      language: 'zh-CN',
    });
    const item = cslItem(opinions());
    assert.equal(item.type, 'regulation');
    assert.equal(item['original-title'], '关于促进移动互联网健康有序发展的意见');
    const file = bibliography([opinions(), pipl()], 'csl-json');
    assert.deepEqual((JSON.parse(file) as { id: string }[]).map((entry) => entry.id), ['mobileInternetOpinions2017', 'personalInformationProtectionLaw2021']);
    assert.ok(file.endsWith(']\n'));
    assert.deepEqual(['bibtex', 'biblatex', 'csl-json'].map((format) => bibliographyExtension(format as 'bibtex')), ['bib', 'bib', 'json']);
  });

  it('keys every entry as the pandoc and latex formats cite it: the setting, document.yaml, else the default', () => {
    for (const document of [opinions(), pipl(), eCommerceLaw(), { ...pipl(), citationKey: 'pipl:2021' }]) {
      const key = pandocKey(document);
      assert.match(bibtexEntry(document, 'bibtex'), new RegExp(`^@misc\\{${key.replace(/[.:]/g, '\\$&')},`));
      assert.equal(cslItem(document).id, key);
    }
    const keys = { 'mobile-internet-opinions-2017': 'mio' };
    assert.equal(pandocKey(opinions(), keys), 'mio');
    assert.match(bibtexEntry(opinions(), 'biblatex', keys), /^@legislation\{mio,/);
  });

  it('escapes TeX’s special characters, and keeps a document number’s brackets', () => {
    assert.equal(texEscape('R&D 100% a_b #1 $x$ {y} ~ ^ \\'), 'R\\&D 100\\% a\\_b \\#1 \\$x\\$ \\{y\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    const odd: PolicyDocument = { ...opinions(), title: { en: 'R&D {Rules} at 100%', zh: '研发_规则' }, documentNumber: '国发〔2017〕40号' };
    const entry = bibtexEntry(odd, 'biblatex');
    assert.match(entry, /\n {2}title = \{\{R\\&D \\\{Rules\\\} at 100\\%\}\},\n/);
    assert.match(entry, /\n {2}origtitle = \{\{研发\\_规则\}\},\n/);
    assert.match(entry, /\n {2}number = \{国发〔2017〕40号\},\n/);
    // Every brace of the entry is balanced: BibTeX reads it to its end.
    const unescaped = entry.replace(/\\[{}]/g, '');
    assert.equal((unescaped.match(/\{/g) ?? []).length, (unescaped.match(/\}/g) ?? []).length);
  });
});
