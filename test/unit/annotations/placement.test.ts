import * as assert from 'node:assert/strict';
import { alignDocument } from '../../../src/core/align/align';
import { Annotation } from '../../../src/core/annotations/model/annotation';
import { createSpan, reanchor } from '../../../src/core/annotations/model/anchor';
import { Placement, placeAnnotation, placementKey, selectionTarget } from '../../../src/core/annotations/model/placement';
import { Language } from '../../../src/core/model';
import { renderDocument } from '../../../src/core/render/renderDocument';
import { opinions } from '../helpers/opinions';

const document = opinions();
const renderings = { en: renderDocument(document, 'en'), zh: renderDocument(document, 'zh') };
const alignment = alignDocument(document);

function annotation(provision: number, span?: { language: Language; words: string }): Annotation {
  const text = span && document.provisions[provision - 1].text[span.language];
  const start = text ? text.indexOf(span.words) : -1;
  return {
    id: 'abcdefgh',
    document: document.id,
    provision,
    ...(span && text && { span: createSpan(text, span.language, start, start + span.words.length) }),
    tags: [],
    author: 'Li Wei',
    created: '2024-05-01T10:00:00Z',
    updated: '2024-05-01T10:00:00Z',
  };
}

function place(subject: Annotation): Placement {
  const anchor = subject.span && reanchor(subject.span, document.provisions[subject.provision - 1].text[subject.span.language]);
  return placeAnnotation(subject, anchor, renderings, alignment.provisions.get(subject.provision) ?? []);
}

function textAt(language: Language, range: { start: number; end: number }): string {
  return renderings[language].text.slice(range.start, range.end);
}

describe('annotations: where they show in the renderings', () => {
  it('puts a whole-provision annotation on the heading in both languages', () => {
    const placement = place(annotation(15));
    assert.equal(placement.kind, 'heading');
    assert.equal(placement.orphaned, false);
    assert.equal(textAt('en', placement.ranges.en), '15. Safeguarding users’ lawful rights and interest');
    assert.equal(textAt('zh', placement.ranges.zh), '15. 维护用户合法权益');
  });

  it('puts a span on its words, and on the aligned sentence of the other language', () => {
    const placement = place(annotation(3, { language: 'en', words: 'digital divide' }));
    assert.equal(placement.kind, 'span');
    assert.equal(placement.language, 'en');
    assert.equal(textAt('en', placement.ranges.en), 'digital divide');
    const translation = textAt('zh', placement.ranges.zh);
    assert.ok(translation.includes('缩小数字鸿沟'), translation);
    const zhText = renderings.zh.provisions[2].text;
    assert.ok(placement.ranges.zh.start >= zhText.start && placement.ranges.zh.end <= zhText.end, 'inside the text of provision 3');
  });

  it('maps a Chinese span to the English sentence the same way', () => {
    const placement = place(annotation(15, { language: 'zh', words: '伪基站' }));
    assert.equal(textAt('zh', placement.ranges.zh), '伪基站');
    assert.match(textAt('en', placement.ranges.en), /fake base stations/i);
  });

  it('puts an orphan (its words are gone) on the heading, marked, never dropping it', () => {
    const lost = annotation(15, { language: 'en', words: 'users' });
    const orphan: Annotation = { ...lost, span: { ...lost.span!, exact: 'quantum blockchain metaverse', prefix: '', suffix: '' } };
    const placement = place(orphan);
    assert.deepEqual([placement.kind, placement.orphaned], ['heading', true]);
    assert.equal(textAt('en', placement.ranges.en), '15. Safeguarding users’ lawful rights and interest');
  });

  it('gives the same key to the same words and to the same heading, and every orphan its own', () => {
    const words = place(annotation(3, { language: 'en', words: 'digital divide' }));
    assert.equal(placementKey(words, 'aaaaaaaa'), placementKey(words, 'bbbbbbbb'));
    assert.equal(placementKey(place(annotation(15)), 'aaaaaaaa'), `${document.id}#15`);
    const orphan: Placement = { ...place(annotation(15)), orphaned: true };
    assert.notEqual(placementKey(orphan, 'aaaaaaaa'), placementKey(orphan, 'bbbbbbbb'));
  });
});

describe('annotations: what a selection in a rendering annotates', () => {
  const rendered = renderings.en;
  const text = rendered.provisions[14].text;

  it('is the words in the provision text, offsets relative to it, without surrounding whitespace', () => {
    const padded = ' information ';
    const at = rendered.text.indexOf(padded, text.start);
    const words = { provision: 15, start: at + 1 - text.start, end: at + padded.length - 1 - text.start };
    assert.deepEqual(selectionTarget(rendered, at, at + padded.length), words);
    // Backwards (the anchor after the active end) is the same selection.
    assert.deepEqual(selectionTarget(rendered, at + padded.length, at), words);
    assert.equal(document.provisions[14].text.en.slice(words.start, words.end), 'information');
  });

  it('refuses empty selections, headings, the preamble and selections across provisions', () => {
    assert.deepEqual(selectionTarget(rendered, text.start + 3, text.start + 3), { refused: 'empty' });
    assert.deepEqual(selectionTarget(rendered, text.end, text.end + 1), { refused: 'empty' });
    const heading = rendered.provisions[14].heading;
    assert.deepEqual(selectionTarget(rendered, heading.start, heading.end), { refused: 'outside' });
    assert.deepEqual(selectionTarget(rendered, heading.start, text.start + 5), { refused: 'outside' });
    assert.deepEqual(selectionTarget(rendered, rendered.preamble.start, rendered.preamble.start + 10), { refused: 'outside' });
    assert.deepEqual(selectionTarget(rendered, text.start + 5, rendered.provisions[15].text.start + 5), { refused: 'across' });
  });

  it('takes the whole text of a provision (a triple click, with its line break)', () => {
    assert.deepEqual(selectionTarget(rendered, text.start, text.end + 1), { provision: 15, start: 0, end: text.end - text.start });
  });
});
