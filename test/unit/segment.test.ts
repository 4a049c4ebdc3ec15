import * as assert from 'node:assert/strict';
import { Segment, segmentChinese, segmentEnglish } from '../../src/core/align/segment';
import { findProvision } from '../../src/core/model';
import { opinions } from './helpers/opinions';

function texts(segments: readonly Segment[]): string[] {
  return segments.map((segment) => segment.text);
}

function provisionText(number: number): { en: string; zh: string } {
  const provision = findProvision(opinions(), number);
  assert.ok(provision, `provision ${number} exists`);
  return provision.text;
}

describe('segmentEnglish', () => {
  it('does not break at "etc." before a lowercase word (provision 6)', () => {
    const segments = texts(segmentEnglish(provisionText(6).en));
    assert.equal(segments.length, 2);
    assert.match(segments[0], /location services, etc\. promote the formulation/);
    assert.match(segments[0], /^Unwaveringly implement .* disruptive technologies\.$/);
  });

  it('breaks at "etc." before a capital (provision 7)', () => {
    const segments = texts(segmentEnglish(provisionText(7).en));
    assert.ok(segments[1].endsWith('basic software and hardware enterprises, etc.'));
    assert.ok(segments[2].startsWith('Promote the converged development'));
  });

  it('keeps "…joint mechanisms. sectoral management…" in one sentence (provision 22)', () => {
    const segments = texts(segmentEnglish(provisionText(22).en));
    assert.equal(segments.length, 3);
    assert.equal(
      segments[2],
      'Complete sectoral credit evaluation systems and service assessment systems, perfect joint mechanisms. sectoral management, enterprises self-discipline, and social supervision.',
    );
  });

  it('keeps "…evaluation, etc., Under the precondition…" in one sentence (provision 4)', () => {
    const segments = texts(segmentEnglish(provisionText(4).en));
    assert.equal(segments.length, 2);
    assert.match(segments[1], /comprehensive evaluation, etc\., Under the precondition of protecting security/);
  });

  it('splits at ";" as well as at full stops (provision 3)', () => {
    const segments = texts(segmentEnglish(provisionText(3).en));
    assert.deepEqual(
      segments.map((segment) => segment.slice(0, 30)),
      [
        'Persist in development for the',
        'persist in reform and leadersh',
        'persist in the importance of i',
        'Give rein to the role of manag',
        'persist in putting content cen',
        'persist in categorized guidanc',
        'persist in security and contro',
      ],
    );
    assert.ok(segments[2].endsWith('problem orientation and outcome orientation.'));
    assert.ok(segments[3].endsWith('mechanisms and means in all directions;'));
  });

  it('does not break after abbreviations or initials', () => {
    assert.deepEqual(texts(segmentEnglish('See e.g. Art. 5 of the law, as Mr. J. Li said. Then act.')), [
      'See e.g. Art. 5 of the law, as Mr. J. Li said.',
      'Then act.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they end, and breaks at ! and ?', () => {
    assert.deepEqual(texts(segmentEnglish('He said “go.” Then (briefly.) She went! Why? Because.')), [
      'He said “go.”',
      'Then (briefly.)',
      'She went!',
      'Why?',
      'Because.',
    ]);
  });

  it('does not break inside numbers or before commas', () => {
    assert.deepEqual(texts(segmentEnglish('Version 3.5 of the rules, etc., applies.')), ['Version 3.5 of the rules, etc., applies.']);
  });
});

describe('segmentChinese', () => {
  it('splits after 。 and after the ASCII ";" of the source (provision 3)', () => {
    const segments = texts(segmentChinese(provisionText(3).zh));
    assert.deepEqual(
      segments.map((segment) => segment.slice(0, 6)),
      ['坚持发展为民', '坚持改革引领', '坚持创新为要', '坚持内容为本', '坚持分类指导', '坚持安全可控'],
    );
    assert.ok(segments[2].endsWith('全方位推进理念、机制、手段等创新;'));
    assert.ok(segments[5].endsWith('切实保障网络数据、技术、应用等安全。'));
  });

  it('splits after full-width ；！？ and keeps closing quotes with the clause', () => {
    assert.deepEqual(texts(segmentChinese('坚持创新；加强管理！为什么？他说:“好。”然后')), [
      '坚持创新；',
      '加强管理！',
      '为什么？',
      '他说:“好。”',
      '然后',
    ]);
  });

  it('does not split at commas, enumeration commas or colons (provision 1)', () => {
    const segments = texts(segmentChinese(provisionText(1).zh));
    assert.equal(segments.length, 5);
    assert.ok(segments[3].startsWith('面对新形势新挑战,移动互联网发展管理工作还存在一些短板:体制机制有待完善'));
  });
});

describe('segment offsets', () => {
  const document = opinions();
  const passages = [document.preamble, ...document.provisions.map((provision) => provision.text)];

  for (const [language, segment] of [
    ['en', segmentEnglish],
    ['zh', segmentChinese],
  ] as const) {
    it(`round-trip and cover every ${language} text of the document, trimmed`, () => {
      for (const passage of passages) {
        const text = passage[language];
        const segments = segment(text);
        assert.ok(segments.length > 0);
        let previousEnd = 0;
        for (const { start, end, text: piece } of segments) {
          assert.equal(text.slice(start, end), piece);
          assert.equal(piece, piece.trim());
          assert.ok(piece.length > 0);
          // Only whitespace may lie between segments.
          assert.equal(text.slice(previousEnd, start).trim(), '');
          previousEnd = end;
        }
        assert.equal(text.slice(previousEnd).trim(), '');
      }
    });
  }

  it('trims surrounding whitespace and yields nothing for blank text', () => {
    assert.deepEqual(segmentEnglish('  One.   Two.  '), [
      { start: 2, end: 6, text: 'One.' },
      { start: 9, end: 13, text: 'Two.' },
    ]);
    assert.deepEqual(segmentEnglish(' \n '), []);
    assert.deepEqual(segmentChinese(''), []);
  });
});
