import * as assert from 'node:assert/strict';
import { Annotation, Codebook } from '../../../src/core/annotations/model/annotation';
import { Placed, highlights, tagsOf } from '../../../src/core/annotations/model/highlights';
import { Placement } from '../../../src/core/annotations/model/placement';

const CODEBOOK: Codebook = {
  tags: [
    { id: 'security', label: { en: 'Security', zh: '安全' }, description: '', color: '#e15759' },
    { id: 'privacy', label: { en: 'Privacy', zh: '隐私' }, description: '', color: '#59a14f' },
  ],
};

function placed(id: string, tags: string[], placement: Partial<Placement>): Placed {
  const annotation: Annotation = { id, document: 'd', provision: 15, tags, author: 'Li Wei', created: '2024-05-01T10:00:00Z', updated: '2024-05-01T10:00:00Z' };
  return {
    annotation,
    placement: { document: 'd', provision: 15, kind: 'span', orphaned: false, ranges: { en: { start: 100, end: 110 }, zh: { start: 50, end: 60 } }, ...placement },
  };
}

const HEADING = { en: { start: 10, end: 20 }, zh: { start: 5, end: 9 } };

describe('annotations: the highlights the editors draw', () => {
  it('marks the words in their language and their translation, in the first tag\'s colour (codebook order)', () => {
    const spans = [placed('a', ['privacy', 'security'], { language: 'zh' })];
    assert.deepEqual(highlights(spans, CODEBOOK, 'zh'), [{ kind: 'words', range: { start: 50, end: 60 }, color: '#e15759', labels: [] }]);
    assert.deepEqual(highlights(spans, CODEBOOK, 'en'), [{ kind: 'aligned', range: { start: 100, end: 110 }, color: '#e15759', labels: [] }]);
  });

  it('leaves the colour to the theme for a note without a known tag', () => {
    assert.deepEqual(highlights([placed('a', ['unknown'], { language: 'en' })], CODEBOOK, 'en'), [{ kind: 'words', range: { start: 100, end: 110 }, labels: [] }]);
  });

  it('lists the tags of a whole provision and of its orphans after the heading, once each, in codebook order', () => {
    const onHeading = [
      placed('a', ['privacy'], { kind: 'heading', ranges: HEADING }),
      placed('b', ['security', 'privacy'], { kind: 'heading', ranges: HEADING, orphaned: true }),
      placed('c', [], { kind: 'heading', ranges: HEADING }),
    ];
    assert.deepEqual(highlights(onHeading, CODEBOOK, 'zh'), [{ kind: 'heading', range: HEADING.zh, color: '#e15759', labels: ['安全', '隐私'] }]);
    assert.deepEqual(highlights([onHeading[2]], CODEBOOK, 'en'), [], 'a note without tags is the comment thread\'s to show');
  });

  it('orders highlights by position', () => {
    const result = highlights([placed('a', [], { language: 'en' }), placed('b', ['privacy'], { kind: 'heading', ranges: HEADING })], CODEBOOK, 'en');
    assert.deepEqual(result.map((highlight) => highlight.kind), ['heading', 'words']);
  });

  it('gives an annotation\'s tags in the codebook\'s order', () => {
    assert.deepEqual(tagsOf(placed('a', ['privacy', 'security', 'gone'], {}).annotation, CODEBOOK).map((tag) => tag.id), ['security', 'privacy']);
  });
});
