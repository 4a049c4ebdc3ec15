import * as assert from 'node:assert/strict';
import { PdfPage, PdfTextItem } from '../../../src/core/formats/formatReaders';
import { pdfText } from '../../../src/core/formats/pdfText';

// An A4 page in points: the body from x = 72 to 522, 12-point text, 18 points a line, top at y = 770.
const LEFT = 72;
const CHAR = 12;

function line(text: string, row: number, indent = 0): PdfTextItem {
  return { text, x: LEFT + indent * CHAR, y: 770 - row * 18, width: [...text].length * CHAR, height: CHAR };
}

/** Lines of a page, each cut at 37 characters (450 points) as a typesetter wraps them, paragraphs indented two characters. */
function page(paragraphs: readonly string[], header: string | undefined, number: number): PdfPage {
  const items: PdfTextItem[] = [];
  let row = 0;
  if (header !== undefined) {
    items.push({ text: header, x: 250, y: 800, width: [...header].length * 9, height: 9 });
  }
  for (const paragraph of paragraphs) {
    const characters = [...paragraph];
    items.push(line(characters.slice(0, 35).join(''), row++, 2));
    for (let start = 35; start < characters.length; start += 37) {
      items.push(line(characters.slice(start, start + 37).join(''), row++));
    }
  }
  items.push({ text: `- ${number} -`, x: 290, y: 40, width: 30, height: 9 });
  return { items };
}

const LONG = '国家建立数据分类分级保护制度，根据数据在经济社会发展中的重要程度，以及一旦遭到篡改、破坏、泄露或者非法获取、非法利用，对国家安全、公共利益或者个人、组织合法权益造成的危害程度，对数据实行分类分级保护。';

describe('the text of a PDF as a person reads it', () => {
  it('joins the lines a paragraph was wrapped into, and starts a line at each indented paragraph', () => {
    const text = pdfText([page([`第一条 ${LONG}`, '第二条 本法自公布之日起施行。', LONG], undefined, 1)]);
    assert.equal(text, `第一条 ${LONG}\n第二条 本法自公布之日起施行。\n${LONG}\n`);
  });

  it('drops page numbers and the running header every page repeats, and joins a paragraph across pages', () => {
    const characters = [...`第一条 ${LONG}`];
    const header = (y: number): PdfTextItem => ({ text: '中华人民共和国数据安全法', x: 250, y, width: 108, height: 9 });
    const number = (n: number): PdfTextItem => ({ text: `- ${n} -`, x: 290, y: 40, width: 30, height: 9 });
    // The first page ends inside the article, on a full line; the second goes on with it, not indented.
    const first: PdfPage = { items: [header(800), line(characters.slice(0, 35).join(''), 0, 2), line(characters.slice(35, 72).join(''), 1), number(1)] };
    const second: PdfPage = { items: [header(800), line(characters.slice(72).join(''), 0), line('第二条 本法自公布之日起施行。', 1, 2), number(2)] };
    assert.equal(pdfText([first, second]), `第一条 ${LONG}\n第二条 本法自公布之日起施行。\n`);
  });

  it('starts a line at an article, a chapter or an item even when the layout does not indent it', () => {
    const flush: PdfPage = { items: [line('第一章 总则', 0, 15), line('第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织', 1), line('的合法权益。', 2), line('一、加强组织领导。', 3), line('（一）明确责任。', 4)] };
    assert.equal(pdfText([flush]), '第一章 总则\n第一条 为了规范数据处理活动，保障数据安全，促进数据开发利用，保护个人、组织的合法权益。\n一、加强组织领导。\n（一）明确责任。\n');
  });

  it('puts the runs of one baseline in order, with the spaces the PDF draws as gaps, none between digits and ideographs', () => {
    const runs: PdfPage = { items: [{ text: '办理电话卡', x: 132, y: 700, width: 60, height: 12 }, { text: '第十条', x: 72, y: 700, width: 36, height: 12 }, { text: '2022', x: 96, y: 682, width: 24, height: 12 }, { text: '年', x: 124, y: 682, width: 12, height: 12 }] };
    assert.equal(pdfText([runs]), '第十条 办理电话卡\n2022年\n');
  });

  it('gives nothing for pages without text (a scan)', () => {
    assert.equal(pdfText([{ items: [] }, { items: [] }]), '');
  });
});
