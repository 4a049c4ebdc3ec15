import * as assert from 'node:assert/strict';
import { completeDocument } from '../../../src/core/library';
import { DocumentFacts, parseDocument } from '../../../src/core/parse/parseDocument';
import { SourceFormatError } from '../../../src/core/parse/sourceFormatError';
import { opinions, readSeed } from '../helpers/opinions';

const SOURCE = readSeed('mobile-internet-opinions-2017.txt');
const SEED = JSON.parse(readSeed('mobile-internet-opinions-2017.json')) as DocumentFacts & { id: string; source: string };
const { id: ID, ...FACTS } = SEED;
const parseOpinions = (source: string) => parseDocument({ id: ID, chinese: source, facts: FACTS });

/** Blog text that surrounds the document on the page it was taken from. */
const BLOG_FRAGMENTS = [
  'Posted on',
  'Updated on',
  'Advertisements',
  'One thought on',
  'said:',
  'Rogier Creamers',
  'Leave a Reply',
  'Fill in your details',
  'WordPress.com',
  'Log Out',
  'Google+',
  '全文如下',
];

describe('parseDocument on the Opinions', () => {
  const document = opinions();

  it('reads the document metadata', () => {
    assert.equal(document.id, 'mobile-internet-opinions-2017');
    assert.equal(document.title.en, 'Opinions concerning Stimulating the Healthy and Orderly Development of the Mobile Internet');
    assert.equal(document.title.zh, '关于促进移动互联网健康有序发展的意见');
    assert.deepEqual(document.issuers.en, ['Central Committee General Office', 'State Council General Office']);
    assert.deepEqual(document.issuers.zh, ['中共中央办公厅', '国务院办公厅']);
    assert.equal(document.date, '2017-01-15');
    assert.equal(document.translation?.translator, 'Rogier Creemers');
    assert.equal(document.translation?.publisher, 'China Copyright and Media');
  });

  it('finds 6 parts with 24 provisions numbered 1–24 in both languages', () => {
    assert.deepEqual(
      document.parts.map((part) => [part.numeral.en, part.numeral.zh, part.provisions.length]),
      [['I', '一', 3], ['II', '二', 5], ['III', '三', 5], ['IV', '四', 4], ['V', '五', 3], ['VI', '六', 4]],
    );
    assert.deepEqual(document.provisions.map((provision) => provision.number), Array.from({ length: 24 }, (_, index) => index + 1));
    assert.equal(document.parts[5].title.en, 'Strengthen organisational leadership and work guarantees');
    assert.equal(document.parts[5].title.zh, '加强组织领导和工作保障');
  });

  it('numbers provisions continuously although the translation restarts at 1 in every part', () => {
    assert.equal(document.provisions[4].title.en, 'Accelerating the upgrading of information infrastructure');
    assert.equal(document.provisions[4].title.zh, '加快信息基础设施演进升级');
    assert.equal(document.provisions[8].title.en, 'Arousing the vitality of the information economy');
    assert.equal(document.provisions[8].part, 3);
    assert.equal(document.provisions[23].title.zh, '强化法治保障');
  });

  it('reads provision 4, written "4," in the translation', () => {
    const provision = document.provisions[3];
    assert.equal(provision.title.en, 'Perfecting market access structures');
    assert.ok(provision.text.en.startsWith('Deeply advance governmental streamlining'));
  });

  it('keeps the Chinese ASCII punctuation verbatim', () => {
    assert.ok(document.provisions[2].text.zh.includes('信息服务;坚持改革引领,'));
    assert.ok(document.provisions[4].text.zh.includes('第四代移动通信(4G)网络'));
  });

  it('keeps every provision verbatim from the source', () => {
    for (const provision of document.provisions) {
      for (const language of ['en', 'zh'] as const) {
        assert.ok(SOURCE.includes(provision.title[language]), `title ${language} of ${provision.number}`);
        assert.ok(SOURCE.includes(provision.text[language]), `text ${language} of ${provision.number}`);
      }
    }
    assert.ok(SOURCE.includes(document.preamble.en));
    assert.ok(SOURCE.includes(document.preamble.zh));
  });

  it('lets no blog text or wrapper line into the document', () => {
    const texts = [
      document.preamble.en,
      document.preamble.zh,
      ...document.parts.flatMap((part) => [part.title.en, part.title.zh]),
      ...document.provisions.flatMap((provision) => [provision.title.en, provision.title.zh, provision.text.en, provision.text.zh]),
    ];
    for (const fragment of BLOG_FRAGMENTS) {
      assert.ok(!texts.some((text) => text.includes(fragment)), `"${fragment}" leaked`);
    }
    assert.ok(document.provisions[23].text.zh.endsWith('提升全民网络素养。'));
    assert.ok(document.provisions[23].text.en.endsWith('raise the network literacy of the entire population.'));
    assert.ok(document.preamble.en.startsWith('Following the swift development'));
    assert.ok(document.preamble.zh.startsWith('随着信息网络技术迅猛发展'));
  });

  it('reports an English provision that lost its original as unpaired, and the seed loader refuses it by its line', () => {
    const withoutProvision = SOURCE.replace(/^16\.打击网络违法犯罪。.*$/m, '');
    const parsed = parseOpinions(withoutProvision);
    assert.deepEqual(parsed.document.provisions.map((provision) => provision.number), [...Array.from({ length: 15 }, (_, index) => index + 1), ...Array.from({ length: 8 }, (_, index) => index + 17)]);
    assert.equal(parsed.document.unpaired.length, 1);
    assert.match(parsed.document.unpaired[0].text, /^3\. Attacking online law-breaking and crime\. /);
    assert.equal(parsed.document.unpaired[0].after, 15);
    assert.equal(parsed.document.unpaired[0].line, 38);
    assert.throws(() => completeDocument(parsed), (error: unknown) => {
      assert.ok(error instanceof SourceFormatError);
      assert.equal(error.line, 38);
      assert.match(error.message, /^line 38: the English provision "3\. Attacking online law-breaking/);
      return true;
    });
  });

  it('reads the Chinese alone when the translation is cut off', () => {
    const chineseOnly = SOURCE.slice(SOURCE.indexOf('《关于'));
    const { document } = parseOpinions(chineseOnly);
    assert.equal(document.translated, false);
    assert.equal(document.provisions.length, 24);
    assert.equal(document.title.zh, '关于促进移动互联网健康有序发展的意见');
    assert.ok(document.provisions.every((provision) => provision.text.en === '' && provision.title.en === ''));
  });

  it('reads a number used again out of sequence as text of the paragraph it is in, never as a second provision', () => {
    const repeated = SOURCE.replace('\n16.打击', '\n15.打击');
    const { document } = parseOpinions(repeated);
    const numbers = document.provisions.map((provision) => provision.number);
    assert.equal(new Set(numbers).size, numbers.length);
    assert.ok(!numbers.includes(16));
    assert.ok(document.provisions.find((provision) => provision.number === 15)?.text.zh.includes('\n15.打击'));
  });
});
