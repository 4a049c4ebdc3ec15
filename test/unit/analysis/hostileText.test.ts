import * as assert from 'node:assert/strict';
import { cellSelection } from '../../../src/core/analysis/cellSelection';
import { CodeMatrix } from '../../../src/core/analysis/codeMatrix';
import { ReportGroup } from '../../../src/core/analysis/codingReport';
import { csvReport, htmlReport, markdownReport } from '../../../src/core/analysis/reportFormats';
import { matrixXlsx } from '../../../src/core/analysis/matrixXlsx';
import { matrixHtml } from '../../../src/vscode/findings/matrixHtml';
import { xlsxCells } from '../helpers/xlsxCells';

const HOSTILE = '<img src=x onerror=alert(1)>';

const WORDS = { heading: `Report ${HOSTILE}`, tags: 'Tags', coder: 'Coder', quote: 'Quote', note: 'Note', open: 'Open', none: 'None' };

const GROUPS: ReportGroup[] = [
  {
    document: 'doc',
    title: `Law ${HOSTILE}`,
    provisions: [
      {
        number: 3,
        label: '第三条',
        text: { zh: `中文${HOSTILE}`, en: 'English' },
        link: 'policy-annotator:/doc/3',
        passages: [{ document: 'doc', provision: 3, tags: [HOSTILE], author: `<b>eve</b>`, text: { zh: `中文${HOSTILE}`, en: 'English' }, quote: HOSTILE, note: `=HYPERLINK("x") ${HOSTILE}` }],
      },
    ],
  },
];

describe('findings show hostile text as text', () => {
  it('the HTML report escapes every text and has no script', () => {
    const html = htmlReport(GROUPS, WORDS, 'en');
    assert.ok(!html.includes('<img'), html);
    assert.ok(!html.includes('<b>eve'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!/<script/i.test(html));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('the Markdown report escapes markup; CSV neutralises formulas', () => {
    const markdown = markdownReport(GROUPS, WORDS);
    assert.ok(!markdown.replace(/`[^`]*`/g, '').includes('<img'), markdown);
    assert.match(markdown, /### \[第三条\]\(policy-annotator:\/doc\/3\)/);
    const csv = csvReport(GROUPS[0].provisions[0].passages);
    assert.match(csv, /,"'=HYPERLINK\(""x""\) <img src=x onerror=alert\(1\)>",/);
  });

  it('the matrix page escapes labels, allows only its nonce, and a cell selects what it counts', () => {
    const matrix: CodeMatrix = { measure: 'passages', rows: [{ id: 'privacy', label: HOSTILE }], columns: [{ id: 'doc', label: `"quoted" ${HOSTILE}` }], cells: [[2]] };
    const html = matrixHtml(matrix, { title: HOSTILE, corner: HOSTILE, caption: HOSTILE, exportCsv: 'CSV', exportXlsx: 'XLSX', exportChart: 'Chart', chartAlt: HOSTILE }, { nonce: 'n0nce', cspSource: 'vscode-resource:', script: 'https://file/codeMatrix.js', chartSvg: `<svg>${HOSTILE}</svg>` });
    assert.ok(!html.includes('<img src=x'), html);
    assert.match(html, /script-src 'nonce-n0nce'/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="n0nce" src="https:\/\/file\/codeMatrix\.js"><\/script>/);
    assert.match(html, /aria-label="&lt;img src=x onerror=alert\(1\)&gt; × &quot;quoted&quot;/);
    const request = { rows: 'tags', columns: 'documents', measure: 'passages', language: 'en', restriction: { authors: ['eve'] } } as const;
    assert.deepEqual(cellSelection(request, matrix, 0, 0), { expression: 'privacy', restriction: { authors: ['eve'], documents: ['doc'] }, title: `${HOSTILE} × "quoted" ${HOSTILE}` });
  });

  it('the XLSX export keeps markup as text and drops what XML cannot hold', async () => {
    const matrix: CodeMatrix = { measure: 'share', rows: [{ id: 'a', label: `${HOSTILE}\u0001` }], columns: [{ id: 'b', label: '=SUM(A1) 个人信息\ud800' }], cells: [[0.25]] };
    assert.deepEqual(xlsxCells(await matrixXlsx(matrix, 'Tag & <code>')), [
      ['Tag & <code>', '=SUM(A1) 个人信息'],
      [HOSTILE, 0.25],
    ]);
  });
});
