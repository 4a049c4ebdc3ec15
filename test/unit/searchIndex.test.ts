import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { PolicyDocument, Provision, partId, provisionId } from '../../src/core/model';
import { SearchIndex, addInSlices } from '../../src/core/search';
import { PassageTable } from '../../src/core/search/passageTable';
import { PostingLists } from '../../src/core/search/postingLists';
import { keepBest } from '../../src/core/search/ranking';
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

  it('stays right while documents are replaced again and again, its lists shedding the old sentences', () => {
    const index = new SearchIndex();
    index.add(commerce);
    for (let round = 0; round < 12; round++) {
      index.add(law('wildlife', [`第${round}版：保护野生动物 zebra${round}。`, '濒危物种。']));
      index.add(law('notes', [`round ${round}`]), (provision) => (provision.number === 1 ? `tag okapi${round}` : ''));
    }
    assert.equal(index.documentCount, 3);
    assert.deepEqual(hitsOf(index, '第11版'), ['wildlife#1']);
    const shown = (query: string) => index.search(query).map((hit) => hit.match?.text ?? '');
    assert.ok(!shown('第3版').some((text) => text.includes('第3版')), 'an earlier text is gone');
    assert.ok(!shown('zebra3').some((text) => text.includes('zebra3')), 'and its words');
    assert.equal(hitsOf(index, 'zebra11')[0], 'wildlife#1');
    assert.deepEqual(hitsOf(index, 'okapi11'), ['notes#1']);
    assert.deepEqual(hitsOf(index, '濒危'), ['wildlife#2']);
    assert.deepEqual(hitsOf(index, '电子商务'), ['commerce#1', 'commerce#2']);
  });

  it('holds a document read again with the same provisions, not one whose text changed', () => {
    const index = new SearchIndex();
    index.add(wildlife);
    index.add(commerce);
    assert.deepEqual(index.documentIds(), ['wildlife', 'commerce']);
    assert.equal(index.holds(wildlife), true);
    assert.equal(index.holds(law('wildlife', ['为了保护野生动物，拯救珍贵、濒危野生动物，制定本法。', '本法规定保护的野生动物，是指珍贵、濒危的陆生、水生野生动物。'])), true, 'read again: the same texts');
    assert.equal(index.holds(law('wildlife', ['为了保护野生动物，制定本法。', '本法规定保护的野生动物，是指珍贵、濒危的陆生、水生野生动物。'])), false, 'a text changed');
    assert.equal(index.holds(law('wildlife', ['为了保护野生动物，拯救珍贵、濒危野生动物，制定本法。'])), false, 'a provision fewer');
    assert.equal(index.holds(law('other', ['电子商务经营者应当依法履行消费者权益保护义务。'])), false);
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
    assert.deepEqual(wordsOutsideHan('保护野生动物，制定本法。'), []);
    // Letters and marks among the CJK punctuation: iteration marks, Hangzhou numerals, tone marks.
    assert.deepEqual(wordsOutsideHan('《本法》〱〲、〪'), ['〱〲', '〪']);
  });

  it('cut the words a Unicode regular expression finds, whatever the characters', () => {
    const words = new RegExp('[[\\p{L}\\p{M}\\p{N}_]--\\p{Script=Han}]+', 'gv');
    const character = fc.oneof(fc.constantFrom('野', '，', '。', '《', ' ', 'a', '_', '9', '〱', '〪', '々', '〇', 'é'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(character, { maxLength: 30 }), (characters) => {
        const text = characters.join('');
        assert.deepEqual(wordsOutsideHan(text), text.match(words) ?? []);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the sentences holding a text exactly as a scan of every sentence does, retired ones left out', () => {
    const sentence = fc.string({ unit: fc.constantFrom('野', '生', '动', '物', 'a', 'b', ' ', '𠀀'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 30 }), fc.nat(), fc.nat(), sentence, (sentences, from, count, needle) => {
        const table = new PassageTable();
        sentences.forEach((text) => table.add(0, 'text', 'zh', text, text));
        const first = from % (sentences.length + 1);
        table.retire(first, first + (count % 4));
        if (table.crowded) {
          table.compact();
        }
        const expected = sentences.flatMap((text, id) => (table.live[id] === 1 && needle !== '' && text.includes(needle) ? [id] : []));
        assert.deepEqual([...table.holding(needle)], expected);
      }),
    );
  });

  it('posting lists give back the ids appended, once each, across every size of gap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 22 }), { maxLength: 200 }), (values) => {
        const ids = [...new Set(values)].sort((a, b) => a - b);
        const lists = new PostingLists();
        const list = lists.create();
        ids.forEach((id) => {
          lists.add(list, id);
          lists.add(list, id);
        });
        const live = new Uint8Array(2 ** 22 + 1).fill(1);
        assert.deepEqual([...lists.read(list, live)], ids);
        assert.equal(lists.count(list), ids.length);
      }),
      { numRuns: 50 },
    );
  });

  it('posting lists read between additions, hundreds of times, give back every list whole', () => {
    const lists = new PostingLists();
    const expected = Array.from({ length: 7 }, () => [] as number[]);
    expected.forEach(() => lists.create());
    const live = new Uint8Array(2000).fill(1);
    for (let id = 0; id < 2000; id++) {
      // Each id in the lists its residues pick; a read after each, so that every batch is a segment and segments merge.
      for (const list of new Set([id % 7, (id * 3) % 7, id % 2])) {
        lists.add(list, id);
        expected[list].push(id);
      }
      if (id % 5 === 0) {
        assert.deepEqual([...lists.read(id % 7, live)], expected[id % 7]);
      }
    }
    expected.forEach((ids, list) => assert.deepEqual([...lists.read(list, live)], ids));
    live.fill(0, 100, 1900);
    lists.compact(live);
    expected.forEach((ids, list) => {
      const kept = ids.filter((id) => live[id] === 1);
      assert.deepEqual([...lists.read(list, live)], kept);
      assert.equal(lists.count(list), kept.length);
    });
  });

  it('keeps the best few as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), literal: fc.nat(3) }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (entries, limit) => {
        const positions = entries.map((_, position) => position);
        const compare = (a: number, b: number) => entries[a].score - entries[b].score || entries[b].literal - entries[a].literal || a - b;
        const full = keepBest(positions, Number.POSITIVE_INFINITY, compare).slice(0, limit);
        assert.deepEqual(keepBest(positions, limit, compare), full);
      }),
    );
  });
});
