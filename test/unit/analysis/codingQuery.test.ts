import * as assert from 'node:assert/strict';
import { selectPassages } from '../../../src/core/analysis/codingQuery';
import { codeMatrix } from '../../../src/core/analysis/codeMatrix';
import { UnknownNameError } from '../../../src/core/analysis/restriction';
import { Annotation, Codebook, makeAnnotation } from '../../../src/core/annotations/model/annotation';
import { Library } from '../../../src/core/library';
import { PolicyDocument } from '../../../src/core/model';
import { opinions } from '../helpers/opinions';

const CODEBOOK: Codebook = {
  tags: [
    { id: 'security', label: { en: 'Security', zh: '安全' }, description: '', color: '#000000' },
    { id: 'content-control', label: { en: 'Content control', zh: '内容管控' }, description: '', color: '#000000', parent: 'security' },
    { id: 'privacy', label: { en: 'Privacy', zh: '隐私' }, description: '', color: '#000000' },
    { id: 'data', label: { en: 'Data', zh: '数据' }, description: '', color: '#000000' },
  ],
};

// A second document: the Opinions again under another id, year and level, so that attributes group.
const OTHER: PolicyDocument = { ...opinions(), id: 'opinions-copy', date: '2019-05-01', attributes: { level: 'local' } };
const LIBRARY = new Library([{ ...opinions(), attributes: { level: 'national' } }, OTHER]);
const OPINIONS = opinions().id;

let counter = 0;
function passage(document: string, provision: number, tags: string[], author = 'alice', span?: { language: 'en' | 'zh'; start: number; end: number }): Annotation {
  const text = LIBRARY.provision(document, provision)!.text;
  return makeAnnotation({
    id: `a${++counter}`,
    document,
    provision,
    ...(span && { span: { ...span, exact: text[span.language].slice(span.start, span.end), prefix: '', suffix: '' } }),
    tags,
    author,
    created: '2024-01-01T00:00:00Z',
    updated: author === 'bob' ? '2024-06-01T00:00:00Z' : '2024-01-01T00:00:00Z',
  });
}

describe('coding queries and the code matrix', () => {
  const sentences = (provision: number) => LIBRARY.provision(OPINIONS, provision)!.text.zh;
  // Provision 3's Chinese: its first sentence ends at the first 。
  const firstEnd = sentences(3).indexOf('。');
  const annotations: Annotation[] = [
    passage(OPINIONS, 1, ['privacy']),
    passage(OPINIONS, 1, ['content-control'], 'bob'),
    passage(OPINIONS, 2, ['privacy', 'data']),
    passage(OPINIONS, 3, ['privacy'], 'alice', { language: 'zh', start: 0, end: 4 }),
    passage(OPINIONS, 3, ['security'], 'bob', { language: 'zh', start: 6, end: 10 }),
    passage(OPINIONS, 3, ['data'], 'bob', { language: 'zh', start: firstEnd + 2, end: firstEnd + 6 }),
    passage(OTHER.id, 1, ['privacy', 'security']),
    passage(OTHER.id, 4, ['data'], 'bob'),
    passage(OPINIONS, 5, []),
  ];
  const input = { annotations, codebook: CODEBOOK, library: LIBRARY };
  const at = (selected: readonly Annotation[]) => selected.map((annotation) => `${annotation.document === OPINIONS ? 'o' : 'c'}${annotation.provision}:${annotation.tags.join('+')}`);

  it('AND is both on one provision, a parent covers its children, labels name tags', () => {
    assert.deepEqual(at(selectPassages(input, 'privacy AND security')), ['o1:privacy', 'o1:content-control', 'o3:privacy', 'o3:security', 'c1:privacy+security']);
    assert.deepEqual(at(selectPassages(input, 'Privacy 与 内容管控')), ['o1:privacy', 'o1:content-control']);
  });

  it('OR is either, NOT leaves out the provisions that carry the second, NEAR needs overlap or one sentence', () => {
    assert.deepEqual(at(selectPassages(input, 'security OR data')), ['o1:content-control', 'o2:privacy+data', 'o3:security', 'o3:data', 'c1:privacy+security', 'c4:data']);
    assert.deepEqual(at(selectPassages(input, 'privacy NOT security')), ['o2:privacy+data']);
    // o3: privacy (0–4) and security (6–10) share the first sentence; data is in the second. o1 and c1 are whole provisions.
    assert.ok(firstEnd > 10, 'the first sentence of provision 3 holds both spans');
    assert.deepEqual(at(selectPassages(input, 'privacy NEAR security')), ['o1:privacy', 'o1:content-control', 'o3:privacy', 'o3:security', 'c1:privacy+security']);
    assert.deepEqual(at(selectPassages(input, 'privacy NEAR data')), ['o2:privacy+data']);
  });

  it('restrictions narrow by document, attribute, coder and date; without an expression every tagged passage', () => {
    assert.deepEqual(at(selectPassages(input, 'data', { where: [['level', 'local']] })), ['c4:data']);
    assert.deepEqual(at(selectPassages(input, 'data', { where: [['year', '2017']] })), ['o2:privacy+data', 'o3:data']);
    assert.deepEqual(at(selectPassages(input, undefined, { authors: ['bob'], documents: [OPINIONS] })), ['o1:content-control', 'o3:security', 'o3:data']);
    assert.deepEqual(at(selectPassages(input, undefined, { from: '2024-03-01' })), ['o1:content-control', 'o3:security', 'o3:data', 'c4:data']);
    assert.equal(selectPassages(input, undefined).length, 8);
    assert.throws(() => selectPassages(input, 'data', { where: [['region', 'x']] }), UnknownNameError);
    assert.throws(() => selectPassages(input, 'data', { documents: ['nope'] }), UnknownNameError);
  });

  it('the matrix counts passages, provisions, documents and shares, rolling tags up to their parents', () => {
    const request = { rows: 'tags', columns: 'documents', language: 'en' } as const;
    const passages = codeMatrix(input, { ...request, measure: 'passages' });
    assert.deepEqual(passages.rows.map((row) => row.label), ['Security', 'Content control', 'Privacy', 'Data']);
    assert.deepEqual(passages.columns.map((column) => column.id), [OPINIONS, OTHER.id]);
    // Two documents of one short title are told apart by their years.
    assert.deepEqual(passages.columns.map((column) => column.label), ['Mobile Internet Opinions (2017)', 'Mobile Internet Opinions (2019)']);
    assert.deepEqual(passages.cells, [
      [2, 1],
      [1, 0],
      [3, 1],
      [2, 1],
    ]);
    const provisions = codeMatrix(input, { ...request, measure: 'provisions' });
    assert.deepEqual(provisions.cells, [
      [2, 1],
      [1, 0],
      [3, 1],
      [2, 1],
    ]);
    const documents = codeMatrix(input, { ...request, measure: 'documents' });
    assert.deepEqual(documents.cells, [
      [1, 1],
      [1, 0],
      [1, 1],
      [1, 1],
    ]);
    const total = opinions().provisions.length;
    const share = codeMatrix(input, { ...request, measure: 'share' });
    assert.equal(share.cells[2][0], Math.round((3 / total) * 10_000) / 10_000);
    const pairs = codeMatrix(input, { rows: 'tags', columns: 'tags', measure: 'provisions', language: 'en' });
    const both = new Set(selectPassages(input, 'privacy AND security').map((annotation) => `${annotation.document}#${annotation.provision}`));
    assert.equal(pairs.cells[2][0], both.size, 'tags × tags is AND: provisions carrying both');
    assert.equal(pairs.cells[0][2], both.size);
    assert.deepEqual(pairs.cells[3], [1, 0, 2, 3], 'data shares o3 with security, o2 and o3 with privacy');
    assert.deepEqual(codeMatrix(input, { rows: 'tags', columns: 'tags', measure: 'passages', language: 'en' }).cells[2][0], 5);
    const byTag = codeMatrix(input, { rows: 'tags', columns: 'tags', measure: 'share', language: 'en' });
    assert.equal(byTag.cells[2][2], Math.round((4 / (2 * total)) * 10_000) / 10_000);
  });

  it('coders and attributes are axes; --tags keeps those tags; the labels follow the language', () => {
    const coders = codeMatrix(input, { rows: 'coders', columns: 'attribute:level', measure: 'passages', language: 'zh', tags: ['privacy', '安全'] });
    assert.deepEqual(coders.rows.map((row) => row.id), ['alice', 'bob']);
    assert.deepEqual(coders.columns.map((column) => column.id), ['local', 'national']);
    assert.deepEqual(coders.cells, [
      [1, 3],
      [0, 2],
    ]);
    const tags = codeMatrix(input, { rows: 'tags', columns: 'attribute:year', measure: 'provisions', language: 'zh', tags: ['security'] });
    assert.deepEqual(tags.rows, [{ id: 'security', label: '安全' }]);
    assert.deepEqual(tags.columns.map((column) => column.id), ['2017', '2019']);
    assert.deepEqual(tags.cells, [[2, 1]]);
    assert.throws(() => codeMatrix(input, { rows: 'tags', columns: 'attribute:region', measure: 'passages', language: 'en' }), /no document has the attribute "region"/);
  });
});
