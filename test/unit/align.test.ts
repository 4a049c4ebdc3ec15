import * as assert from 'node:assert/strict';
import { Bead, alignDocument, alignTexts, beadSpan } from '../../src/core/align/align';
import { OPINIONS_LENGTH_MODEL, calibrateLengthModel } from '../../src/core/align/lengthModel';
import { segmentChinese, segmentEnglish } from '../../src/core/align/segment';
import { Bilingual, findProvision } from '../../src/core/model';
import { opinions } from './helpers/opinions';

/** What a bead links, as the source text each side covers ('' for an empty side). */
function linked(beads: readonly Bead[], text: Bilingual): Bilingual[] {
  return beads.map((bead) => ({ en: covered(bead.en, text.en), zh: covered(bead.zh, text.zh) }));
}

function covered(segments: Bead['en'], text: string): string {
  const span = beadSpan(segments);
  return span ? text.slice(span.start, span.end) : '';
}

/**
 * Spells out an expected stretch of `text` as "its first words…its last words"; the stretch must
 * start and end where named, so a wrong boundary fails.
 */
function stretch(text: string, abbreviated: string): string {
  const [first, last] = abbreviated.split('…');
  const start = text.indexOf(first);
  assert.ok(start >= 0, `"${first}" occurs in the text`);
  if (last === undefined) {
    return first;
  }
  const end = text.indexOf(last, start + first.length);
  assert.ok(end >= 0, `"${last}" follows "${first}"`);
  return text.slice(start, end + last.length);
}

function provisionText(number: number): Bilingual {
  const provision = findProvision(opinions(), number);
  assert.ok(provision, `provision ${number} exists`);
  return provision.text;
}

function assertAlignment(number: number, expected: readonly Bilingual[]): void {
  const text = provisionText(number);
  const beads = alignDocument(opinions()).provisions.get(number);
  assert.ok(beads);
  assert.deepEqual(
    linked(beads, text),
    expected.map((pair) => ({ en: stretch(text.en, pair.en), zh: stretch(text.zh, pair.zh) })),
  );
}

describe('alignDocument on the Opinions', () => {
  const document = opinions();
  const alignment = alignDocument(document);

  it('provision 3: one clause per "persist in…", the Chinese clause that two English sentences translate cut at its comma', () => {
    assertAlignment(3, [
      {
        zh: '坚持发展为民,充分发挥移动互联网优势…用得好的移动互联网信息服务;',
        en: 'Persist in development for the sake of the people…can afford to use, and can use well;',
      },
      {
        zh: '坚持改革引领,完善市场准入…全面释放创新活力和市场能量;',
        en: 'persist in reform and leadership, perfect market access…comprehensively liberate innovative vitality and market energy;',
      },
      {
        zh: '坚持创新为要,强化目标导向、问题导向、效果导向,',
        en: 'persist in the importance of innovation, strengthen a goal orientation, problem orientation and outcome orientation.',
      },
      {
        zh: '发挥管理主体、运营主体、使用主体作用,全方位推进理念、机制、手段等创新;',
        en: 'Give rein to the role of management subjects, operational subjects and user subjects, advance innovation of ideas, mechanisms and means in all directions;',
      },
      { zh: '坚持内容为本,创新内容生产,拓展分享渠道,净化交互生态;', en: 'persist in putting content central…clearing up the shared ecology;' },
      { zh: '坚持分类指导,对移动互联网信息服务实行分类管理;', en: 'persist in categorized guidance…over mobile Internet information services;' },
      {
        zh: '坚持安全可控,全面排查、科学评估…切实保障网络数据、技术、应用等安全。',
        en: 'persist in security and controllability…the security of online data, network technology and applications.',
      },
    ]);
  });

  it('provision 4: the English sentence that translates two Chinese sentences ("…evaluation, etc., Under the precondition…") is cut between them', () => {
    assertAlignment(4, [
      {
        zh: '深入推进简政放权、放管结合、优化服务…简化审批流程、提高审批效率。',
        en: 'Deeply advance governmental streamlining…raise examination and approval efficiency.',
      },
      {
        zh: '建立完善与移动互联网演进发展相适应的市场准入制度…健全移动互联网新业务备案管理、综合评估等制度。',
        en: 'Establish and perfect market access systems…new Internet business filing management, comprehensive evaluation, etc.,',
      },
      {
        zh: '在确保安全的前提下…共同发展的市场新格局。',
        en: 'Under the precondition of protecting security, guide diversified…all kinds of market subjects.',
      },
    ]);
  });

  it('provision 6: two sentences each side, "etc. promote" staying inside the first', () => {
    assertAlignment(6, [
      {
        zh: '坚定不移实施创新驱动发展战略…颠覆性技术在全球率先取得突破。',
        en: 'Unwaveringly implement the innovation-driven development strategy…forerunner technologies and disruptive technologies.',
      },
      {
        zh: '落实企业研发费用加计扣除政策…积极推动核心技术开源中国社区建设。',
        en: 'Implement fiscal deduction policies…the construction of Chinese core technology open source communities.',
      },
    ]);
    const first = alignment.provisions.get(6)?.[0];
    assert.match(first?.en[0]?.text ?? '', /location services, etc\. promote the formulation/);
  });

  it('provision 22: three pairs, "…joint mechanisms. sectoral management…" linked to 完善…联动机制', () => {
    assertAlignment(22, [
      {
        zh: '鼓励社会各界广泛参与移动互联网治理…积极开展网络公益活动。',
        en: 'Encourage all walks of society…vigorously launch Internet public interest activities.',
      },
      {
        zh: '引导广大移动互联网用户文明上网,积极参与净化网络环境、维护网络秩序。',
        en: 'Lead the broad mobile Internet users…clearing up the online environment and safeguarding online order.',
      },
      {
        zh: '健全行业信用评价体系和服务评议制度,完善行业管理、企业自律、社会监督联动机制。',
        en: 'Complete sectoral credit evaluation systems and service assessment systems, perfect joint mechanisms. sectoral management, enterprises self-discipline, and social supervision.',
      },
    ]);
  });

  it('aligns the preamble two sentences to two, one to one', () => {
    assert.deepEqual(linked(alignment.preamble, document.preamble), [
      {
        en: stretch(document.preamble.en, 'Following the swift development…a new channel for information sharing.'),
        zh: stretch(document.preamble.zh, '随着信息网络技术迅猛发展…信息分享新渠道。'),
      },
      {
        en: stretch(document.preamble.en, 'In order to deeply implement…the following opinions are hereby put forward.'),
        zh: stretch(document.preamble.zh, '为深入贯彻落实…现提出如下意见。'),
      },
    ]);
  });

  it('aligns every provision, keyed by its number', () => {
    assert.deepEqual([...alignment.provisions.keys()], document.provisions.map((provision) => provision.number));
  });

  it('puts every stretch of both languages in exactly one bead, in order, and no bead is empty', () => {
    const passages = [
      { text: document.preamble, beads: alignment.preamble },
      ...document.provisions.map((provision) => ({ text: provision.text, beads: alignment.provisions.get(provision.number) ?? [] })),
    ];
    for (const { text, beads } of passages) {
      for (const language of ['en', 'zh'] as const) {
        const segments = beads.flatMap((bead) => bead[language]);
        const units = language === 'en' ? segmentEnglish(text[language]) : segmentChinese(text[language]);
        // The same text from the first unit to the last, in order, cut at least where the segmenter cuts.
        assert.equal(segments[0]?.start, units[0]?.start);
        assert.equal(segments[segments.length - 1]?.end, units[units.length - 1]?.end);
        segments.forEach((segment, index) => {
          assert.equal(segment.text, text[language].slice(segment.start, segment.end));
          assert.ok(index === 0 || segment.start >= segments[index - 1].end);
          assert.equal(text[language].slice(segments[index - 1]?.end ?? segment.start, segment.start).trim(), '');
        });
        assert.ok(units.every((unit) => segments.some((segment) => segment.end === unit.end)));
      }
      assert.ok(beads.every((bead) => bead.en.length + bead.zh.length > 0));
    }
  });

  it('pairs one English sentence or clause with one Chinese clause everywhere', () => {
    const shapes = new Set<string>();
    let beads = 0;
    for (const provisionBeads of alignment.provisions.values()) {
      for (const bead of provisionBeads) {
        shapes.add(`${bead.en.length}-${bead.zh.length}`);
        beads++;
      }
    }
    assert.deepEqual([...shapes], ['1-1']);
    assert.equal(beads, 95);
  });
});

describe('alignTexts', () => {
  /**
   * The middle Chinese clause could join the clause before it or the one after: the English
   * sentences have the same length and so do the outer clauses, so only an anchor can tell.
   */
  function middleClauseGoesWith(first: string, second: string, zh: string): string[] {
    assert.equal(first.length, second.length);
    const beads = alignTexts(`${first} ${second}`, zh);
    return beads.map((bead) => `${bead.en.map((segment) => segment.text).join(' ')} = ${bead.zh.map((clause) => clause.text).join('')}`);
  }

  it('lets a shared Latin token decide where an ambiguous clause goes (5G)', () => {
    const zh = '加快移动通信技术研发。部署第五代移动通信(5G)网络。增强网络服务能力水平。';
    const withToken = 'Deploy 5G networks for mobile telecommunications.';
    const without = 'Strengthen network service capacities and levels.';
    assert.deepEqual(middleClauseGoesWith(withToken, without, zh), [
      `${withToken} = 加快移动通信技术研发。部署第五代移动通信(5G)网络。`,
      `${without} = 增强网络服务能力水平。`,
    ]);
    assert.deepEqual(middleClauseGoesWith(without, withToken, zh), [
      `${without} = 加快移动通信技术研发。`,
      `${withToken} = 部署第五代移动通信(5G)网络。增强网络服务能力水平。`,
    ]);
  });

  it('lets quoted terms find each other (“伪基站” ↔ “fake base stations”)', () => {
    const zh = '打击非法网站和恶意软件。打击“伪基站”。切实保护用户的合法权益。';
    const quoted = 'Attack “fake base stations” that harm users now.';
    const plain = 'Protect the lawful rights and interests of user.';
    assert.deepEqual(middleClauseGoesWith(quoted, plain, zh), [
      `${quoted} = 打击非法网站和恶意软件。打击“伪基站”。`,
      `${plain} = 切实保护用户的合法权益。`,
    ]);
    assert.deepEqual(middleClauseGoesWith(plain, quoted, zh), [
      `${plain} = 打击非法网站和恶意软件。`,
      `${quoted} = 打击“伪基站”。切实保护用户的合法权益。`,
    ]);
  });

  it('gives a side without text only one-sided beads', () => {
    assert.deepEqual(alignTexts('', ''), []);
    assert.deepEqual(
      alignTexts('', '一。二。').map((bead) => [bead.en.length, bead.zh.length]),
      [
        [0, 1],
        [0, 1],
      ],
    );
  });
});

describe('beadSpan', () => {
  it('covers a bead side from its first segment to its last', () => {
    const segments = segmentEnglish('One. Two. Three.');
    assert.deepEqual(beadSpan(segments.slice(1)), { start: 5, end: 16 });
    assert.equal(beadSpan([]), undefined);
  });
});

describe('calibrateLengthModel', () => {
  it('reproduces the documented figures from the provisions of the Opinions', () => {
    const model = calibrateLengthModel(opinions().provisions.map((provision) => provision.text));
    assert.ok(Math.abs(model.mean - OPINIONS_LENGTH_MODEL.mean) < 0.001, `mean ${model.mean}`);
    assert.ok(Math.abs(model.variance - OPINIONS_LENGTH_MODEL.variance) < 0.05, `variance ${model.variance}`);
  });

  it('refuses passages without text on both sides', () => {
    assert.throws(() => calibrateLengthModel([{ en: 'Text.', zh: '' }]), /at least one passage/);
  });
});
