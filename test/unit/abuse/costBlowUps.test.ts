import * as assert from 'node:assert/strict';
import { Annotation, Codebook, Tag } from '../../../src/core/annotations/model/annotation';
import { tagTree, tagWithDescendants } from '../../../src/core/annotations/model/tagTree';
import { interpretCodebook } from '../../../src/core/annotations/files/codebookFile';
import { interpretSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { tagStatistics } from '../../../src/core/teams/agreement/tagStatistics';
import { qdcExport } from '../../../src/core/teams/export/qdcExport';
import { importQdc } from '../../../src/core/teams/export/qdcImport';
import { localName, parseXml } from '../../../src/core/lib/xmlParse';
import { tagGuid } from '../../../src/core/lib/uuid';
import { opinions, opinionsLibrary } from '../helpers/opinions';

function tag(id: string, parent?: string): Tag {
  return { id, label: { en: `Label ${id}`, zh: `标签 ${id}` }, description: '', color: '#336699', ...(parent !== undefined && { parent }) };
}

/** t0 ← t1 ← … ← t(depth−1): each tag refines the one before. */
function chain(depth: number): Codebook {
  return { tags: Array.from({ length: depth }, (_, index) => tag(`t${index}`, index === 0 ? undefined : `t${index - 1}`)) };
}

function annotation(id: string, provision: number, tags: readonly string[]): Annotation {
  return { id, document: opinions().id, provision, tags, author: 'Li Wei', created: '2024-05-01T00:00:00Z', updated: '2024-05-01T00:00:00Z' };
}

/** The largest depth of nested elements, counted without recursion. */
function depthOf(xml: string): number {
  let deepest = 0;
  const stack = [{ element: parseXml(xml), depth: 1 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    deepest = Math.max(deepest, next.depth);
    const { depth } = next;
    next.element.children.forEach((child) => stack.push({ element: child, depth: depth + 1 }));
  }
  return deepest;
}

describe('abuse: inputs built to make a statistic, an export or an import blow up', function () {
  this.timeout(20_000);

  it('stats over 20,000 distinct tags counts only the pairs that occur (a dense matrix ran out of memory)', () => {
    // 20,000 annotations on provisions of their own (most beyond the document's, in no part), each
    // with a tag of its own and one of ten shared ones.
    const annotations = Array.from({ length: 20_000 }, (_, index) => annotation(`a${index}`, 1 + index, [`own-${index}`, `shared-${index % 10}`]));
    const stats = tagStatistics(annotations, { tags: [] }, opinionsLibrary());
    assert.equal(stats.tags.length, 20_010);
    assert.equal(stats.provisionsByTag[stats.tags.indexOf('own-7')], 1);
    // Each annotation pairs its own tag with its shared one, and no other pair occurs.
    assert.equal(stats.cooccurrence.length, 20_000);
    assert.deepEqual(stats.cooccurrence.find((pair) => pair.first === 'own-7'), { first: 'own-7', second: 'shared-7', provisions: 1 });
    assert.equal(stats.provisions, 20_000);
    assert.deepEqual(stats.parts, [...new Set(opinions().provisions.map((provision) => provision.part))].filter((part) => part > 0).sort((a, b) => a - b));
  });

  it('stats over one provision carrying 3,500 tags says the pairs are not counted, rather than counting 6 million', () => {
    const tags = Array.from({ length: 3_500 }, (_, index) => `tag-${index}`);
    const stats = tagStatistics([annotation('a', 1, tags)], { tags: [] }, opinionsLibrary());
    assert.deepEqual(stats.pairsNotCounted, { pairs: (3_500 * 3_499) / 2, limit: 5_000_000 });
    assert.deepEqual(stats.cooccurrence, []);
    assert.equal(stats.provisionsByTag[0], 1);
  });

  it('a 5,000-deep parent chain: the qdc export nests every code without overflowing the stack, and its size stays linear', () => {
    const codebook = chain(5_000);
    const xml = qdcExport(codebook);
    assert.equal(typeof xml, 'string');
    // CodeBook, Codes, then one Code per level.
    assert.equal(depthOf(xml as string), 5_002);
    assert.ok((xml as string).length < 400 * 5_000, `${(xml as string).length} characters`);
    assert.equal((xml as string).split('<Code ').length - 1, 5_000);
  });

  it('a 5,000-deep parent chain: the tag tree, descendants and the codebook check walk it without recursion', () => {
    const codebook = chain(5_000);
    const tree = tagTree(codebook);
    assert.deepEqual(
      tree.slice(-2).map(({ tag: { id }, depth }) => [id, depth]),
      [
        ['t4998', 4_998],
        ['t4999', 4_999],
      ],
    );
    assert.equal(tagWithDescendants(codebook, 't0').size, 5_000);
  });

  it('a 60,000-deep parent chain closed into a loop is checked in linear time (each tag walked its ancestors)', () => {
    const depth = 60_000;
    const tags = Array.from({ length: depth }, (_, index) => ({ ...tag(`t${index}`), description: '', parent: `t${index === 0 ? depth - 1 : index - 1}` }));
    const checked = interpretCodebook({ version: 1, tags }, () => ({ line: 1, column: 1 }));
    assert.equal(checked.content?.tags.length, depth);
    // Every tag is its own ancestor: each has its error, and none is lost.
    assert.equal(checked.problems.filter((problem) => problem.message.endsWith('is its own ancestor')).length, depth);
    // Opened the other way, one link short of a loop: no tag is its own ancestor.
    const open = interpretCodebook({ version: 1, tags: tags.slice(1) }, () => ({ line: 1, column: 1 }));
    assert.deepEqual(open.problems.map((problem) => problem.message), ['unknown parent tag "t0"']);
  });

  it('a list of 100,000 distinct tags is checked for repeats in linear time (uniqueItems compared every pair)', () => {
    const tags = Array.from({ length: 100_000 }, (_, index) => `tag-${index}`);
    const value = {
      version: 1,
      document: opinions().id,
      author: 'Li Wei',
      annotations: [{ id: 'aaaaaaaa', provision: 1, tags: [...tags, 'tag-5'], created: '2024-05-01T00:00:00Z', updated: '2024-05-01T00:00:00Z' }],
    };
    const checked = interpretSidecar(value, () => ({ line: 1, column: 1 }), { documentId: opinions().id, document: opinions(), tagIds: new Set(tags) });
    assert.deepEqual(
      checked.problems.map((problem) => problem.message),
      ['annotations[0].tags[100000]: "tag-5" is listed twice'],
    );
  });

  it('imports a qdc of 20,000 codes in linear time (it took 77 s)', () => {
    const codes = Array.from({ length: 20_000 }, (_, index) => `    <Code guid="${tagGuid(`imported-${index}`)}" name="Code ${index}" isCodable="true" color="#112233"><Description>About ${index} &amp; more.</Description></Code>`);
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n${codes.join('\n')}\n  </Codes>\n</CodeBook>\n`;
    const result = importQdc(xml, chain(2_000));
    assert.ok(!('error' in result), 'error' in result ? result.error : '');
    assert.equal(result.added.length, 20_000);
    assert.equal(result.unchanged.length, 2_000);
    assert.equal(result.codebook.tags.at(-1)?.id, 'code-19999');
    assert.equal(result.codebook.tags.at(-1)?.description, 'About 19999 & more.');
  });

  it('imports a 5,000-deep chain of codes, and exporting and importing it again changes nothing', () => {
    const depth = 5_000;
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${Array.from({ length: depth }, (_, index) => `<Code guid="${tagGuid(`deep-${index}`)}" name="Deep ${index}" isCodable="true">`).join('\n')}${'</Code>'.repeat(depth)}</Codes></CodeBook>`;
    const result = importQdc(xml, { tags: [] });
    assert.ok(!('error' in result), 'error' in result ? result.error : '');
    assert.equal(result.codebook.tags.length, depth);
    assert.equal(result.codebook.tags.at(-1)?.parent, 'deep-4998');
    const again = importQdc(qdcExport(result.codebook) as string, result.codebook);
    assert.ok(!('error' in again));
    assert.equal(again.unchanged.length, depth);
    assert.equal(localName(parseXml(qdcExport(again.codebook) as string)), 'CodeBook');
  });
});
