import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allDivisions, findProvision } from '../../../src/core/model';
import { EncodingError, decodeSource } from '../../../src/core/parse/decode';
import { parseDocument } from '../../../src/core/parse/parseDocument';
import { SourceFormatError } from '../../../src/core/parse/sourceFormatError';
import { fixturePath, fixtureText } from '../helpers/fixtures';

const parse = (chinese: string, english?: string) => parseDocument({ id: 'doc', chinese, ...(english === undefined ? {} : { english }) }).document;

describe('parseDocument: structures decided from the text', () => {
  it('nests 编 > 章 > 节 with ids under their parents, chapters restarting in each book', () => {
    const document = parse(
      ['民法典（节选）', '第一编 总则', '第一章 基本规定', '第一条 为了保护民事主体的合法权益，制定本法。', '第二编 物权', '第一章 通则', '第一节 一般规定', '第二条 为了明确物的归属，制定本编。'].join('\n'),
    );
    assert.deepEqual(allDivisions(document).map((division) => division.id), ['doc/book-1', 'doc/book-1/chapter-1', 'doc/book-2', 'doc/book-2/chapter-1', 'doc/book-2/chapter-1/section-1']);
    assert.equal(findProvision(document, 2)?.division, 'doc/book-2/chapter-1/section-1');
    assert.equal(findProvision(document, 2)?.part, 2);
  });

  it('keeps a 序言 as the preamble and a standalone 附则 as a division beside the chapters', () => {
    const document = parse(['宪法（节选）', '序言', '中国是世界上历史最悠久的国家之一。', '第一章 总纲', '第一条 中华人民共和国是社会主义国家。', '附则', '第二条 本法自公布之日起施行。'].join('\n'));
    assert.equal(document.preamble.zh, '中国是世界上历史最悠久的国家之一。');
    assert.deepEqual(document.parts.map((division) => [division.id, division.title.zh]), [['doc/chapter-1', '总纲'], ['doc/supplementary', '附则']]);
  });

  it('reads the document number in 〔〕, [] or () brackets, the issuer and the date', () => {
    for (const number of ['国发〔2017〕40号', '国办发[2017]40号', '国发(2017)40号']) {
      const document = parse([`国务院关于某事的通知`, number, '一、总体要求。', '二、保障措施。'].join('\n'));
      assert.equal(document.documentNumber, number);
    }
    const dated = parse(['某某规定', '2019年8月22日 国家互联网信息办公室发布', '第一条 为了规范管理，制定本规定。'].join('\n'));
    assert.equal(dated.date, '2019-08-22');
    assert.deepEqual(dated.issuers.zh, ['国家互联网信息办公室']);
  });

  it('skips a table of contents instead of reading its headings twice', () => {
    const document = parse(['某某法', '目录', '第一章 总则', '第二章 附则', '第一章 总则', '第一条 为了规范，制定本法。', '第二章 附则', '第二条 本法自公布之日起施行。'].join('\n'));
    assert.deepEqual(document.parts.map((chapter) => chapter.id), ['doc/chapter-1', 'doc/chapter-2']);
    assert.equal(document.provisions.length, 2);
  });

  it('takes 第X条 without a space only where the numbering expects it, so a paragraph quoting an article stays text', () => {
    const document = parse(['某某法', '第一条 本法适用于甲。', '第三条规定的情形，适用乙。', '第二条本法自公布之日起施行。'].join('\n'));
    assert.deepEqual(document.provisions.map((provision) => provision.number), [1, 2]);
    assert.equal(findProvision(document, 1)?.text.zh, '本法适用于甲。\n第三条规定的情形，适用乙。');
  });

  it('reads an English division whose title is on the next line, and keeps ASCII and full-width punctuation as written', () => {
    const document = parse(
      ['某某法', '第一章 总则', '第一条 本法(试行)适用于甲；乙,丙。'].join('\n'),
      ['Some Law', 'Chapter I', 'General Provisions', 'Article 1 This Law (for trial) applies to A; B, C.'].join('\n'),
    );
    assert.equal(document.parts[0].title.en, 'General Provisions');
    assert.equal(findProvision(document, 1)?.text.zh, '本法(试行)适用于甲；乙,丙。');
  });

  it('reads a text with no numbered structure as its paragraphs, ¶1, ¶2 …, and says so', () => {
    const parsed = parseDocument({ id: 'doc', chinese: '\n\n这是一段没有任何编号的文字。\n另一段文字。\n' });
    assert.equal(parsed.unit, 'paragraph');
    assert.deepEqual(parsed.document.provisions.map((provision) => [provision.id, provision.label.zh, provision.text.zh]), [
      ['doc#1', '', '这是一段没有任何编号的文字。'],
      ['doc#2', '', '另一段文字。'],
    ]);
  });

  it('refuses a text with nothing but a title, naming its first line', () => {
    assert.throws(
      () => parse('\n\n只有一个标题\n'),
      (error: unknown) => error instanceof SourceFormatError && error.line === 3 && /no text found/.test(error.message),
    );
  });
});

describe('decodeSource', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const text = '第一条 测试。';
    const bytes = new TextEncoder().encode(text);
    assert.deepEqual(decodeSource(bytes), { text, encoding: 'utf-8' });
    assert.deepEqual(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])), { text, encoding: 'utf-8' });
  });

  it('converts GB18030 (GBK) to the same text as the UTF-8 original', () => {
    const decoded = decodeSource(readFileSync(fixturePath('ports-opening-provisions-1985.gb18030.txt')));
    assert.equal(decoded.encoding, 'gb18030');
    assert.equal(decoded.text, fixtureText('ports-opening-provisions-1985.zh.md'));
  });

  it('refuses bytes that are neither, with a message saying what to do', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x61, 0xe0, 0x20, 0x6c, 0x61, 0x20, 0x63, 0x61, 0x72, 0x74, 0x65, 0xff]);
    assert.throws(() => decodeSource(latin1), (error: unknown) => error instanceof EncodingError && /save it as UTF-8/.test(error.message));
  });
});
