import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PolicyDocument, Provision, partId, provisionId } from '../../src/core/model';
import { SearchIndex, addInSlices } from '../../src/core/search';
import { PairFilter } from '../../src/core/search/pairFilter';
import { Best, bestProvisions } from '../../src/core/search/ranking';
import { wordsOutsideHan } from '../../src/core/search/words';
import { opinions } from './helpers/opinions';

/** A Chinese-only document of numbered articles, as users bring them. */
function law(id: string, articles: readonly string[]): PolicyDocument {
  const provisions: Provision[] = articles.map((text, index) => ({
    id: provisionId(id, index + 1),
    documentId: id,
    number: index + 1,
    part: 1,
    label: { en: '', zh: `第${index + 1}条` },
    title: { en: '', zh: '' },
    text: { en: '', zh: text },
  }));
  const empty = { en: '', zh: '' };
  return {
    id,
    title: { en: '', zh: id },
    shortTitle: { en: '', zh: id },
    issuers: { en: [], zh: [] },
    date: '',
    translated: false,
    preamble: empty,
    parts: [{ id: partId(id, 1), kind: 'part', number: 1, numeral: { en: '1', zh: '一' }, title: empty, text: empty, divisions: [], provisions }],
    provisions,
    unpaired: [],
  };
}

/** The Opinions under another id, its provisions' text read through a counter. */
function countedCopy(id: string, reads: { count: number }): PolicyDocument {
  const base = opinions();
  const provisions = base.provisions.map((provision): Provision => {
    const copy = { ...provision, id: provisionId(id, provision.number), documentId: id };
    return Object.defineProperty(copy, 'text', {
      get: () => {
        reads.count++;
        return provision.text;
      },
    });
  });
  return { ...base, id, provisions, parts: base.parts.map((part) => ({ ...part, provisions: part.provisions.map((provision) => provisions[provision.number - 1]) })) };
}

const hitsOf = (index: SearchIndex, query: string) => index.search(query).map((hit) => `${hit.document}#${hit.provision}`);

describe('SearchIndex', () => {
  const wildlife = law('wildlife', ['为了保护野生动物，拯救珍贵、濒危野生动物，制定本法。', '本法规定保护的野生动物，是指珍贵、濒危的陆生、水生野生动物。']);
  const commerce = law('commerce', ['电子商务经营者应当依法履行消费者权益保护义务。', '电子商务平台经营者应当保护用户个人信息。']);

  it('adds a document without reading the documents already indexed', () => {
    const reads = { count: 0 };
    const index = new SearchIndex();
    index.add(countedCopy('opinions-a', reads));
    const afterFirst = reads.count;
    assert.ok(afterFirst > 0);
    index.add(wildlife);
    index.add(commerce);
    assert.equal(reads.count, afterFirst, 'the first document is not cut or folded again');
    assert.equal(index.documentCount, 3);
    assert.deepEqual(hitsOf(index, '濒危野生动物'), ['wildlife#1', 'wildlife#2']);
    assert.equal(index.search('伪基站', 1)[0]?.document, 'opinions-a');
  });

  it('finds Chinese anywhere in a sentence, across word boundaries, without a dictionary', () => {
    const index = new SearchIndex();
    index.add(commerce);
    assert.deepEqual(hitsOf(index, '营者应'), ['commerce#1', 'commerce#2']);
    assert.equal(index.search('个人信息')[0]?.match?.text, '电子商务平台经营者应当保护用户个人信息。');
  });

  it('replaces a document added again, keeping its place among the others for ties', () => {
    const index = new SearchIndex();
    index.add(wildlife);
    index.add(law('again', ['保护野生动物。']));
    index.add(law('wildlife', ['野生动物保护的新规定。']));
    assert.equal(index.documentCount, 2);
    assert.deepEqual(hitsOf(index, '濒危'), [], 'the old text is gone');
    assert.deepEqual(hitsOf(index, '野生动物'), ['wildlife#1', 'again#1'], 'equal scores: the document added first comes first');
  });

  it('forgets a removed document, with its words', () => {
    const index = new SearchIndex();
    index.add(law('zebra', ['The zebra crossing rules.']));
    index.add(commerce);
    assert.deepEqual(hitsOf(index, 'zebar'), ['zebra#1'], 'found with a typo while indexed');
    assert.equal(index.remove('zebra'), true);
    assert.equal(index.remove('zebra'), false);
    assert.deepEqual(hitsOf(index, 'zebar'), []);
    assert.deepEqual(hitsOf(index, 'zebra'), []);
    assert.deepEqual(hitsOf(index, '电子商务'), ['commerce#1', 'commerce#2']);
  });

  it('indexes changed extra text of one document from the sentences it already cut', () => {
    const reads = { count: 0 };
    const document = countedCopy('opinions-b', reads);
    const index = new SearchIndex();
    index.add(document, () => '');
    index.add(wildlife);
    const afterAdd = reads.count;
    assert.equal(index.updateExtra('opinions-b', () => ''), false, 'nothing changed');
    assert.equal(index.updateExtra('opinions-b', (provision) => (provision.number === 7 ? 'tag: zebra crossings\n笔记:斑马线' : '')), true);
    assert.equal(reads.count, afterAdd, 'the text is not cut again');
    assert.deepEqual(hitsOf(index, 'zebra'), ['opinions-b#7']);
    assert.equal(hitsOf(index, '斑马线')[0], 'opinions-b#7');
    index.updateExtra('opinions-b', (provision) => (provision.number === 8 ? 'okapi' : ''));
    assert.deepEqual(hitsOf(index, 'zebra'), []);
    assert.equal(hitsOf(index, 'okapi')[0], 'opinions-b#8');
    assert.equal(index.updateExtra('unknown', () => 'x'), false);
  });

  it('names a provision by number in every document, or in the one named', () => {
    const index = new SearchIndex();
    index.add(wildlife);
    index.add(commerce);
    const named = (query: string) => index.search(query).filter((hit) => hit.score === 0 && !hit.match);
    assert.deepEqual(named('2').map((hit) => hit.document), ['wildlife', 'commerce']);
    assert.deepEqual(named('commerce#2').map((hit) => hit.document), ['commerce']);
  });

  it('builds in slices, letting timers run between them, and stops when cancelled', async () => {
    const documents = Array.from({ length: 40 }, (_, copy) => ({ ...opinions(), id: `copy-${copy}` }));
    const index = new SearchIndex();
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    let addedWhenTimerRan = -1;
    const watcher = setInterval(() => {
      if (timerRan && addedWhenTimerRan < 0) {
        addedWhenTimerRan = index.documentCount;
      }
    }, 0);
    await addInSlices(index, documents);
    clearInterval(watcher);
    assert.equal(index.documentCount, 40);
    assert.ok(addedWhenTimerRan >= 0 && addedWhenTimerRan < 40, `a timer ran during the build (after ${addedWhenTimerRan} documents)`);
    const stopped = new SearchIndex();
    await addInSlices(stopped, documents, undefined, () => stopped.documentCount >= 3);
    assert.equal(stopped.documentCount, 3);
  });
});

describe('search helpers', () => {
  it('cut words outside Chinese, keeping accents, digits and characters beyond the BMP', () => {
    assert.deepEqual(wordsOutsideHan('abc中文def 2018年 café_x 𠀀b 𝐀z'), ['abc', 'def', '2018', 'café_x', 'b', '𝐀z']);
  });

  it('a pair filter never rules out text the filtered text holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(), fc.nat(), (text, from, length) => {
        const start = text.length === 0 ? 0 : from % text.length;
        return new PairFilter(text).mayHold(text.slice(start, start + (length % 12)));
      }),
    );
    const filter = new PairFilter('为了保护野生动物，拯救珍贵、濒危野生动物，制定本法。'.repeat(3));
    assert.equal(filter.mayHold('电子商务'), false);
    assert.equal(filter.mayHold('物保'), false, 'both characters, but never side by side');
  });

  it('keeps the best few as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), literal: fc.nat(3) }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (entries, limit) => {
        const best = new Map(
          entries.map((entry, position): [Provision, Best] => [
            { number: position } as Provision,
            { score: entry.score / 5, literalPassages: entry.literal, matchedPassages: entry.literal },
          ]),
        );
        const order = (provision: Provision) => provision.number;
        const full = bestProvisions(best, Number.POSITIVE_INFINITY, order).slice(0, limit);
        assert.deepEqual(bestProvisions(best, limit, order), full);
      }),
    );
  });
});
