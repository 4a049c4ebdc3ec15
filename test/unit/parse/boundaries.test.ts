import * as assert from 'node:assert/strict';
import { allDivisions, findProvision, numberKey, parseNumberKey } from '../../../src/core/model';
import { parseDocument } from '../../../src/core/parse/parseDocument';

const parse = (lines: readonly string[]) => parseDocument({ id: 'law', chinese: lines.join('\n\n') });
const keys = (lines: readonly string[]) => parse(lines).document.provisions.map((provision) => numberKey(provision.number));

// Excerpts of real texts in the LawRefBook corpus (laws carry no copyright in China).
describe('parseDocument: boundaries follow the numbering', () => {
  it('makes an inserted article (第十七条之一) a provision of its own, between 17 and 18, with its own id and text', () => {
    const { document } = parse([
      '# 中华人民共和国刑法',
      '<!-- INFO END -->',
      '第十七条 已满十六周岁的人犯罪，应当负刑事责任。',
      '因不满十六周岁不予刑事处罚的，责令其父母或者其他监护人加以管教。',
      '第十七条之一 已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚；过失犯罪的，应当从轻或者减轻处罚。',
      '第十七条之二 （示例）插入的第二条。',
      '第十八条 精神病人在不能辨认或者不能控制自己行为的时候造成危害结果，经法定程序鉴定确认的，不负刑事责任。',
    ]);
    assert.deepEqual(document.provisions.map((provision) => provision.id), ['law#17', 'law#17-1', 'law#17-2', 'law#18']);
    const inserted = findProvision(document, parseNumberKey('17-1') ?? 0);
    assert.equal(inserted?.label.zh, '第十七条之一');
    assert.equal(inserted?.text.zh, '已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚；过失犯罪的，应当从轻或者减轻处罚。');
    assert.equal(findProvision(document, 17)?.text.zh, '已满十六周岁的人犯罪，应当负刑事责任。\n因不满十六周岁不予刑事处罚的，责令其父母或者其他监护人加以管教。');
  });

  it('reads articles an amendment quotes after "内容如下：" (a jump out of sequence, a 第七节) as the amending article’s text', () => {
    const { document } = parse([
      '# 中华人民共和国宪法修正案（2018年）',
      '<!-- INFO END -->',
      '第五十一条 宪法第一百零七条第一款修改为：“县级以上地方各级人民政府依照法律规定的权限，管理本行政区域内的行政工作。”',
      '第五十二条 宪法第三章“国家机构”中增加一节，作为第七节“监察委员会”；增加五条，分别作为第一百二十三条至第一百二十七条。内容如下：',
      '第七节 监察委员会',
      '第一百二十三条 中华人民共和国各级监察委员会是国家的监察机关。',
      '第一百二十四条 中华人民共和国设立国家监察委员会和地方各级监察委员会。',
      '第七节相应改为第八节，第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条。',
    ]);
    assert.deepEqual(document.provisions.map((provision) => provision.number), [51, 52]);
    assert.deepEqual(allDivisions(document), []);
    assert.ok(findProvision(document, 52)?.text.zh.includes('\n第七节 监察委员会\n第一百二十三条 中华人民共和国各级监察委员会是国家的监察机关。\n'));
  });

  it('reads an article number going back inside an article as text, and one the numbering picks up again after as quoted', () => {
    assert.deepEqual(keys(['第一条 总则。', '第二条 依照下列规定：', '第一条 被引用的条文。', '第三条 附则。']), ['1', '2', '3']);
    assert.deepEqual(keys(['第一条 总则。', '第二条 本条引用', '第九条 被引用的条文。', '第三条 附则。']), ['1', '2', '3']);
    // A gap the numbering does not come back to is articles left out (repealed), not a quotation.
    assert.deepEqual(keys(['第一条 总则。', '第二条 正文。', '第五条 附则。']), ['1', '2', '5']);
  });

  it('splits a line where the numbering goes on inside it (飞行基本规则)', () => {
    const { document } = parse([
      '第一条 为了维护国家领空主权，规范中华人民共和国境内的飞行活动，保障飞行活动安全有秩序地进行，制定本规则。 第二条 凡辖有航空器的单位、个人和与飞行有关的人员，必须遵守本规则。 第三条 国家对境内所有飞行实行统一的飞行管制。',
      '第四条 国务院、中央军事委员会空中交通管制委员会领导全国的飞行管制工作。',
    ]);
    assert.deepEqual(document.provisions.map((provision) => provision.number), [1, 2, 3, 4]);
    assert.equal(findProvision(document, 2)?.text.zh, '凡辖有航空器的单位、个人和与飞行有关的人员，必须遵守本规则。');
  });

  it('makes 一、 headings between articles divisions, not the text of the article before (担保法解释)', () => {
    const { document } = parse([
      '## 三、关于抵押部分的解释',
      '第八十三条 最高额抵押权所担保的不特定债权，在特定后，债权已届清偿期的，最高额抵押权人可以根据普通抵押权的规定行使其抵押权。',
      '## 四、关于质押部分的解释',
      '（一）动产质押',
      '第八十四条 出质人以其不具有所有权但合法占有的动产出质的，不知出质人无处分权的质权人行使质权后，因此给动产所有人造成损失的，由出质人承担赔偿责任。',
    ]);
    assert.equal(findProvision(document, 83)?.text.zh.includes('关于质押部分的解释'), false);
    assert.deepEqual(
      document.parts.map((part) => [part.id, part.kind, part.title.zh, part.provisions.map((provision) => provision.number)]),
      [
        ['law/part-3', 'part', '关于抵押部分的解释', [83]],
        ['law/part-4', 'part', '关于质押部分的解释', [84]],
      ],
    );
  });

  it('makes 附件 after the last article an appendix, not that article’s text (刑法 附件一)', () => {
    const { document } = parse([
      '第四百五十二条 本法自1997年10月1日起施行。',
      '列于本法附件一的全国人民代表大会常务委员会制定的条例、补充规定和决定，已纳入本法或者已不适用，自本法施行之日起，予以废止。',
      '## 附件一',
      '全国人民代表大会常务委员会制定的下列条例、补充规定和决定，已纳入本法或者已不适用，自本法施行之日起，予以废止：',
      '1．中华人民共和国惩治军人违反职责罪暂行条例',
      '## 附件二',
      '一、关于禁毒的决定',
      '一、关于惩治走私、制作、贩卖、传播淫秽物品的犯罪分子的决定',
    ]);
    assert.deepEqual(document.provisions.map((provision) => provision.number), [452]);
    assert.equal(findProvision(document, 452)?.text.zh.includes('附件一\n'), false);
    assert.deepEqual(
      document.parts.map((part) => [part.id, part.kind, part.numeral.zh]),
      [
        ['law/appendix-1', 'appendix', '附件一'],
        ['law/appendix-2', 'appendix', '附件二'],
      ],
    );
    assert.ok(document.parts[0].text.zh.endsWith('1．中华人民共和国惩治军人违反职责罪暂行条例'));
  });

  it('reads a table of contents written as chapter headings once (北京市献血条例)', () => {
    const { document } = parse(['## 第一章 总 则', '## 第二章 献血服务与激励', '## 第三章 附 则', '## 第一章 总则', '第一条 为了规范和推动献血工作，制定本条例。', '## 第二章 献血服务与激励', '第二条 本市依法实行无偿献血制度。', '## 第三章 附 则', '第三条 本条例自公布之日起施行。']);
    assert.deepEqual(document.parts.map((part) => part.id), ['law/chapter-1', 'law/chapter-2', 'law/chapter-3']);
    assert.deepEqual(document.parts.map((part) => part.provisions.length), [1, 1, 1]);
  });

  it('does not refuse an appendix that restarts 一、 after 一、 items', () => {
    const { document, unit } = parseDocument({ id: 'law', chinese: ['某某通知', '一、总体要求。', '二、保障措施。', '附件', '一、附件的第一项。', '二、附件的第二项。'].join('\n') });
    assert.equal(unit, 'heading');
    assert.deepEqual(document.provisions.map((provision) => provision.number), [1, 2]);
    assert.equal(document.parts.at(-1)?.kind, 'appendix');
  });

  it('reads a text numbered only （一）（二） as its paragraphs rather than refusing it', () => {
    const parsed = parseDocument({ id: 'law', chinese: ['某某答复', '（一）第一个问题的答复。', '（二）第二个问题的答复。'].join('\n') });
    assert.equal(parsed.unit, 'paragraph');
    assert.deepEqual(parsed.document.provisions.map((provision) => provision.text.zh), ['（一）第一个问题的答复。', '（二）第二个问题的答复。']);
  });

  it('recognises a Markdown-marked heading even with a stray full stop (监狱法 ### 第五节 生活、卫生。)', () => {
    const { document } = parse(['## 第四章 对罪犯的管理', '第四十九条 罪犯收受物品和钱款，应当经监狱批准、检查。', '### 第五节 生活、卫生。', '第五十条 罪犯的生活标准按实物量计算，由国家规定。']);
    assert.equal(findProvision(document, 49)?.text.zh, '罪犯收受物品和钱款，应当经监狱批准、检查。');
    assert.equal(findProvision(document, 50)?.division, 'law/chapter-4/section-5');
  });
});
