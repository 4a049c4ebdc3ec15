import * as assert from 'node:assert/strict';
import { htmlText } from '../../../src/core/formats/htmlText';

const NAVIGATION = '<div class="nav"><ul>' + ['首页', '新闻', '政策', '互动', '服务', '数据'].map((name) => `<li><a href="#">${name}</a></li>`).join('') + '</ul></div>';

describe('the article of a web page', () => {
  it('takes the article of a gov.cn page (its title, date line and body), not its navigation, breadcrumbs, scripts or footer', () => {
    const page = `<html><head><title>国务院关于加强数字政府建设的指导意见_政策_中国政府网</title><script>document.write("统计")</script></head><body>
      ${NAVIGATION}<div class="crumbs"><a href="/">首页</a> &gt; <a>政策</a></div>
      <div class="article"><h1>国务院关于加强数字政府建设的指导意见</h1><div class="date">2022-06-23 来源：中国政府网</div>
      <div id="UCAP-CONTENT"><p>国发〔2022〕14号</p><p>　　一、总体要求</p><p>　　加强数字政府建设是适应新一轮科技革命和产业变革趋势、引领驱动数字经济发展和数字社会建设、营造良好数字生态、加快数字化发展的必然要求。</p>
      <p>　　二、主要任务<br>　　（一）构建协同高效的政府数字化履职能力体系。</p></div></div>
      <div class="footer"><p>版权所有：中国政府网</p></div></body></html>`;
    assert.equal(
      htmlText(page),
      '国务院关于加强数字政府建设的指导意见\n2022-06-23 来源：中国政府网\n国发〔2022〕14号\n一、总体要求\n加强数字政府建设是适应新一轮科技革命和产业变革趋势、引领驱动数字经济发展和数字社会建设、营造良好数字生态、加快数字化发展的必然要求。\n二、主要任务\n（一）构建协同高效的政府数字化履职能力体系。\n',
    );
  });

  it('keeps the title the body already starts with once, decodes entities and joins source lines between ideographs', () => {
    const page = `<html><head><title>中华人民共和国民法典 - 国家法律法规数据库</title></head><body>${NAVIGATION}<div class="law"><p align="center">中华人民共和国民法典</p>
      <p>第一条&nbsp;为了保护民事主体的合法权益，调整民事关系，
      维护社会和经济秩序，制定本法。</p><p>第二条&#x3000;民法调整平等主体的自然人、法人和非法人组织之间的人身关系和财产关系。</p></div></body></html>`;
    assert.equal(htmlText(page), '中华人民共和国民法典\n第一条\u00a0为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，制定本法。\n第二条　民法调整平等主体的自然人、法人和非法人组织之间的人身关系和财产关系。\n');
  });

  it('reads a table row as one line, its cells apart', () => {
    assert.equal(htmlText('<body><table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>国家发展和改革委员会</td></tr></table></body>'), '序号 名称\n1 国家发展和改革委员会\n');
  });
});
