import * as assert from 'node:assert/strict';
import { IndexedProvision, ProvisionSearch, SearchHit } from '../../src/core/search';
import { opinions } from './helpers/opinions';

function numbers(hits: readonly SearchHit[]): number[] {
  return hits.map((hit) => hit.provision);
}

describe('ProvisionSearch', () => {
  const search = new ProvisionSearch([opinions()]);
  const first = (query: string): SearchHit | undefined => search.search(query, 1)[0];

  describe('ranks first the provision that holds the phrase', () => {
    it('in Chinese: 伪基站 → 15, showing the sentence', () => {
      const hit = first('伪基站');
      assert.equal(hit?.provision, 15);
      assert.equal(hit.document, 'mobile-internet-opinions-2017');
      assert.equal(hit.match?.language, 'zh');
      assert.match(hit.match.text, /伪基站/);
      assert.ok(!hit.match.text.includes('维护用户合法权益'), 'the sentence, not the whole provision');
    });

    it('in English: "fake base stations" → 15, showing the sentence', () => {
      const hit = first('fake base stations');
      assert.equal(hit?.provision, 15);
      assert.equal(hit.match?.language, 'en');
      assert.match(hit.match.text, /^Strengthen the attack against “fake base stations”/);
    });

    it('ignoring case, full-width forms and curly quotes', () => {
      assert.equal(first('FAKE Base Stations')?.provision, 15);
      assert.equal(first('ｆａｋｅ　ｂａｓｅ')?.provision, 15);
      assert.equal(first("users' rights and interests")?.provision, 15);
    });

    it('in a title before a sentence: 网络扶贫 → 12, the title matching', () => {
      const hit = first('网络扶贫');
      assert.equal(hit?.provision, 12);
      assert.equal(hit.match?.text, '实施网络扶贫行动计划');
      assert.equal(hit.score, 0);
    });

    it('with every word present but apart: "poverty action plan" → 12', () => {
      assert.equal(first('poverty action plan')?.provision, 12);
    });
  });

  describe('tolerates typos', () => {
    it('"povrety relif" → 12 among the first three', () => {
      assert.ok(numbers(search.search('povrety relif', 3)).includes(12));
    });

    for (const [query, expected] of [
      ['povrety relif', 12],
      ['relif povrety', 12],
      ['malicous softwere', 15],
      ['cyber secruity', 14],
      ['smart sensers', 6],
      ['intellectual propety', 8],
      ['伪基占', 15],
      ['网络扶贫行动计画', 12],
    ] as const) {
      it(`"${query}" → ${expected} first`, () => {
        assert.equal(first(query)?.provision, expected);
      });
    }

    it('finds Chinese words apart from each other: 用户隐私 → 15', () => {
      assert.equal(first('用户隐私')?.provision, 15);
    });

    it('ranks literal matches above fuzzy ones', () => {
      const [literal, ...rest] = search.search('伪基站');
      assert.ok(rest.every((hit) => hit.score > literal.score));
    });
  });

  describe('by number', () => {
    for (const query of ['15', 'p15', '¶15', 'mobile-internet-opinions-2017#15']) {
      it(`"${query}" → 15 with score 0 and no sentence`, () => {
        const hit = first(query);
        assert.equal(hit?.provision, 15);
        assert.equal(hit.score, 0);
        assert.equal(hit.match, undefined);
      });
    }

    it('names no provision of another document', () => {
      assert.deepEqual(search.search('other-document#15'), []);
    });
  });

  describe('results', () => {
    it('are empty for an empty or blank query', () => {
      assert.deepEqual(search.search(''), []);
      assert.deepEqual(search.search('   '), []);
    });

    it('are empty when nothing is alike', () => {
      assert.deepEqual(search.search('zqxjvk'), []);
    });

    it('respect the limit, best first, scores in [0, 1], one hit per provision', () => {
      const hits = search.search('mobile internet', 7);
      assert.equal(hits.length, 7);
      const scores = hits.map((hit) => hit.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
      assert.ok(scores.every((score) => score >= 0 && score <= 1));
      assert.equal(new Set(numbers(hits)).size, hits.length);
      assert.deepEqual(search.search('mobile internet', 0), []);
    });

    it('carry both titles', () => {
      const hit = first('伪基站');
      assert.deepEqual(hit?.title, { en: 'Safeguarding users’ lawful rights and interest', zh: '维护用户合法权益' });
    });
  });

  describe('extra text', () => {
    it('is searched too, read once when the index is built on the first search', () => {
      let calls = 0;
      const extra = (provision: IndexedProvision): string => {
        calls++;
        return provision.number === 7 ? 'tag: zebra crossings\n笔记:斑马线' : '';
      };
      const withNotes = new ProvisionSearch([opinions()], extra);
      assert.equal(calls, 0, 'nothing is indexed before the first search');
      assert.deepEqual(withNotes.search('zebra').map((hit) => [hit.provision, hit.match?.text]), [[7, 'tag: zebra crossings']]);
      assert.equal(withNotes.search('斑马线')[0]?.match?.language, 'zh');
      assert.equal(calls, opinions().provisions.length);
    });
  });
});
