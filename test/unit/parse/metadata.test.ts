import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/parse/parseDocument';

const parse = (chinese: string, english?: string) => parseDocument({ id: 'doc', chinese, ...(english === undefined ? {} : { english }) }).document;

describe('parseDocument: metadata from the text', () => {
  it('infers the type from the issuer and the title (LawRefBook front lines)', () => {
    const cases: [string, string, string][] = [
      ['中华人民共和国刑法', '1979年7月1日 第五届全国人民代表大会第二次会议通过', '法律'],
      ['中华人民共和国宪法修正案（2018年）', '2018年3月11日 第十三届全国人民代表大会第一次会议通过', '宪法'],
      ['护士条例', '2008年1月23日 国务院第206次常务会议通过', '行政法规'],
      ['最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释', '2020年12月25日 最高人民法院审判委员会第1824次会议通过', '司法解释'],
      ['北京市献血条例', '2021年11月26日 北京市第十五届人民代表大会常务委员会第三十五次会议通过', '地方性法规'],
    ];
    for (const [title, front, type] of cases) {
      const document = parse([`# ${title}`, front, '<!-- INFO END -->', '第一条 为了规范，制定本法。'].join('\n\n'));
      assert.equal(document.type, type, title);
    }
  });

  it('reads a status the front matter states, and lets document.yaml facts win over the text', () => {
    const source = ['# 某某条例', '时效性：已废止', '<!-- INFO END -->', '第一条 为了规范，制定本条例。'].join('\n\n');
    assert.equal(parse(source).status, '已废止');
    const corrected = parseDocument({ id: 'doc', chinese: source, facts: { status: '有效', type: '部门规章' } }).document;
    assert.deepEqual([corrected.status, corrected.type], ['有效', '部门规章']);
  });

  it('reads a title set over two lines as one title (the NPC’s English Constitution)', () => {
    const document = parse('中华人民共和国宪法\n第一条 中华人民共和国是社会主义国家。', "CONSTITUTION OF\nTHE PEOPLE'S REPUBLIC OF CHINA\nArticle 1 The People's Republic of China is a socialist state.");
    assert.equal(document.title.en, "CONSTITUTION OF THE PEOPLE'S REPUBLIC OF CHINA");
    assert.equal(parse('关于促进移动互联网健康有序发展的\n意见\n一、总体要求。\n二、保障措施。').title.zh, '关于促进移动互联网健康有序发展的意见');
  });
});
