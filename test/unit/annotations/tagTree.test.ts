import * as assert from 'node:assert/strict';
import { Codebook, Tag } from '../../../src/core/annotations/model/annotation';
import { TAG_PALETTE, nextTagColor } from '../../../src/core/annotations/model/tagColors';
import { tagChildren, tagTree, tagWithDescendants, tagsOnParentLoops } from '../../../src/core/annotations/model/tagTree';

function tag(id: string, parent?: string, color = '#000000'): Tag {
  return { id, label: { en: id, zh: id }, description: '', color, ...(parent && { parent }) };
}

const CODEBOOK: Codebook = { tags: [tag('security'), tag('innovation'), tag('content-control', 'security'), tag('filtering', 'content-control'), tag('stray', 'missing')] };

describe('annotations: the codebook as a hierarchy', () => {
  it('lists tags depth first, children under parents, siblings in codebook order, strays at the top', () => {
    assert.deepEqual(
      tagTree(CODEBOOK).map(({ tag: { id }, depth }) => `${depth}:${id}`),
      ['0:security', '1:content-control', '2:filtering', '0:innovation', '0:stray'],
    );
    assert.deepEqual(tagChildren(CODEBOOK).get('security')?.map(({ id }) => id), ['content-control']);
  });

  it('survives a cycle written by hand', () => {
    const cyclic: Codebook = { tags: [tag('a', 'b'), tag('b', 'a'), tag('c')] };
    assert.deepEqual(tagTree(cyclic).map(({ tag: { id } }) => id), ['c']);
  });

  it('finds the tags on parent loops, not those hanging from one; an export puts the loop at the top', () => {
    const looped: Codebook = { tags: [tag('a', 'b'), tag('b', 'c'), tag('c', 'a'), tag('d', 'a'), tag('e', 'e'), tag('f')] };
    assert.deepEqual([...tagsOnParentLoops(looped.tags)].sort(), ['a', 'b', 'c', 'e']);
    const children = tagChildren(looped, true);
    assert.deepEqual(children.get(undefined)?.map(({ id }) => id), ['a', 'b', 'c', 'e', 'f']);
    assert.deepEqual(children.get('a')?.map(({ id }) => id), ['d']);
  });

  it('finds a tag with every tag under it', () => {
    assert.deepEqual([...tagWithDescendants(CODEBOOK, 'security')].sort(), ['content-control', 'filtering', 'security']);
    assert.deepEqual([...tagWithDescendants(CODEBOOK, 'innovation')], ['innovation']);
  });

  it('colours new tags with the first palette colour not yet used, then in turn', () => {
    assert.equal(nextTagColor({ tags: [] }), TAG_PALETTE[0]);
    assert.equal(nextTagColor({ tags: [tag('a', undefined, TAG_PALETTE[0].toUpperCase())] }), TAG_PALETTE[1]);
    const full: Codebook = { tags: TAG_PALETTE.map((color, index) => tag(`t${index}`, undefined, color)) };
    assert.equal(nextTagColor(full), TAG_PALETTE[0]);
  });
});
