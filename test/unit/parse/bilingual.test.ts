import * as assert from 'node:assert/strict';
import { alignDocument, beadSpan } from '../../../src/core/align/align';
import { findProvision } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/parseDocument';
import { SourceFormatError } from '../../../src/core/parse/sourceFormatError';
import { fixtureText, parseFixture } from '../helpers/fixtures';

const ZH = fixtureText('pipl-2021.zh.md');
const EN = fixtureText('pipl-2021.en.md');

describe('parseDocument on a bilingual law (PIPL 2021, NPC translation)', () => {
  const { document, layout, untranslated } = parseFixture('pipl-2021.zh.md', 'pipl-2021.en.md');

  it('pairs all 74 articles and every chapter and section with its English', () => {
    assert.equal(layout, 'two files');
    assert.equal(document.provisions.length, 74);
    assert.deepEqual(untranslated, []);
    assert.deepEqual(document.unpaired, []);
    for (const provision of document.provisions) {
      assert.equal(provision.label.en, `Article ${provision.number}`);
    }
    assert.deepEqual(
      document.parts.map((chapter) => [chapter.numeral.en, chapter.title.en, chapter.provisions.length]),
      [
        ['Chapter I', 'General Provisions', 12],
        ['Chapter II', 'Personal Information Processing Rules', 25],
        ['Chapter III', 'Rules on Provision of Personal Information Across Border', 6],
        ['Chapter IV', "Individuals' Rights in Personal Information Processing Activities", 7],
        ['Chapter V', 'Obligations of Personal Information Processors', 9],
        ['Chapter VI', 'Departments with Personal Information Protection Duties', 6],
        ['Chapter VII', 'Legal Liability', 6],
        ['Chapter VIII', 'Supplementary Provisions', 3],
      ],
    );
    assert.deepEqual(document.parts[1].divisions.map((section) => section.title.en), [
      'General Rules',
      'Rules on Processing Sensitive Personal Information',
      'Special Provisions on the Processing of Personal Information by State Organs',
    ]);
    assert.equal(document.title.en, "Personal Information Protection Law of the People's Republic of China");
    assert.equal(document.shortTitle.en, 'Personal Information Protection Law');
  });

  it('links each Chinese paragraph of an article to its own English paragraph', () => {
    const alignment = alignDocument(document);
    for (const provision of document.provisions) {
      const paragraphs = { en: provision.text.en.split('\n'), zh: provision.text.zh.split('\n') };
      assert.equal(paragraphs.en.length, paragraphs.zh.length, `article ${provision.number}`);
      const paragraphOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
      for (const bead of alignment.provisions.get(provision.number) ?? []) {
        const en = beadSpan(bead.en);
        const zh = beadSpan(bead.zh);
        assert.ok(en && zh, `article ${provision.number}: every bead links both languages`);
        assert.equal(paragraphOf(provision.text.en, en.start), paragraphOf(provision.text.zh, zh.start), `article ${provision.number}`);
      }
    }
  });

  it('reads the same document from one interleaved file (中英对照)', () => {
    const interleaved = parseFixture('pipl-2021.zh-en.md');
    assert.equal(interleaved.layout, 'interleaved');
    assert.deepEqual(interleaved.document, { ...document, id: 'pipl-2021' });
  });

  it('pairs by structure when the translation numbers differently, the numbers being hints only', () => {
    const renumbered = EN.replace(/^Article (\d+)/gm, (_, number: string) => `Article ${Number(number) + 100}`);
    const parsed = parseDocument({ id: 'pipl', chinese: ZH, english: renumbered });
    assert.deepEqual(parsed.untranslated, []);
    assert.equal(findProvision(parsed.document, 38)?.label.en, 'Article 138');
    assert.ok(findProvision(parsed.document, 38)?.text.en.startsWith('A personal information processor that truly needs to provide'));
  });

  it('reports a provision the translation lacks as untranslated, never gluing its neighbours', () => {
    const withoutArticle30 = EN.replace(/^Article 30 .*\n\n/m, '');
    const parsed = parseDocument({ id: 'pipl', chinese: ZH, english: withoutArticle30 });
    assert.deepEqual(parsed.untranslated, [30]);
    assert.equal(findProvision(parsed.document, 30)?.text.en, '');
    assert.ok(findProvision(parsed.document, 29)?.text.en.endsWith('such provisions shall prevail.'));
    assert.ok(findProvision(parsed.document, 31)?.text.en.startsWith('To process the personal information of minors'));
  });

  it('shows an English provision without a Chinese partner as unpaired, after the article it follows', () => {
    const extra = EN.replace(/^Article 31 /m, 'Article 31 This sentence has no original in the Chinese text at all, none.\n\nArticle 31 ');
    const parsed = parseDocument({ id: 'pipl', chinese: ZH, english: extra });
    assert.deepEqual(parsed.untranslated, []);
    assert.equal(parsed.document.unpaired.length, 1);
    assert.equal(parsed.document.unpaired[0].after, 30);
    assert.match(parsed.document.unpaired[0].text, /^Article 31 This sentence has no original/);
    assert.ok(findProvision(parsed.document, 31)?.text.en.startsWith('To process the personal information of minors'));
    assert.ok(!findProvision(parsed.document, 30)?.text.en.includes('no original'));
  });

  it('refuses a translation that pairs with nothing, naming the English file', () => {
    assert.throws(
      () => parseDocument({ id: 'pipl', chinese: ZH, english: 'Some notes about the law.\n\nThey have no articles.\n' }),
      (error: unknown) => error instanceof SourceFormatError && error.file === 'english' && /no provisions to pair/.test(error.message),
    );
  });
});
