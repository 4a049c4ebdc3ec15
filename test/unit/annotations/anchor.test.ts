import * as assert from 'node:assert/strict';
import { CONTEXT_LENGTH, createSpan, reanchor } from '../../../src/core/annotations/model/anchor';
import { fuzzyFind } from '../../../src/core/lib/fuzzyFind';
import { opinions } from '../helpers/opinions';

const TEXT = opinions().provisions[2].text.en;

function spanAt(text: string, words: string, occurrence = 0) {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) {
    start = text.indexOf(words, start + 1);
  }
  assert.ok(start >= 0, `"${words}" not found`);
  return createSpan(text, 'en', start, start + words.length);
}

describe('annotations: anchoring spans', () => {
  it('records the quote with up to 32 characters of context on each side', () => {
    const span = spanAt(TEXT, 'digital divide');
    assert.equal(span.exact, 'digital divide');
    assert.equal(span.prefix.length, CONTEXT_LENGTH);
    assert.ok(TEXT.slice(0, span.start).endsWith(span.prefix));
    assert.ok(TEXT.slice(span.end).startsWith(span.suffix));
    const atStart = createSpan(TEXT, 'en', 0, 7);
    assert.equal(atStart.prefix, '');
    assert.throws(() => createSpan(TEXT, 'en', 5, 5), RangeError);
    assert.throws(() => createSpan(TEXT, 'en', 0, TEXT.length + 1), RangeError);
  });

  it('is anchored where the hint says when the text is unchanged', () => {
    const span = spanAt(TEXT, 'digital divide');
    assert.deepEqual(reanchor(span, TEXT), { status: 'anchored', start: span.start, end: span.end });
  });

  it('is moved when words were inserted before it', () => {
    const span = spanAt(TEXT, 'digital divide');
    const edited = `A new opening sentence. ${TEXT}`;
    assert.deepEqual(reanchor(span, edited), { status: 'moved', start: span.start + 24, end: span.end + 24 });
  });

  it('picks the repeated phrase whose context matches, not merely the first or the nearest', () => {
    const text = 'Persist in reform here. Then development for the people; later development for the market.';
    const second = spanAt(text, 'development', 1);
    // The first occurrence is now nearer the stale hint, but the context says "for the market".
    const edited = `XX${text.replace('Then development for the people; ', '')}`.replace('Persist', 'Persist development:');
    const anchor = reanchor(second, edited);
    assert.equal(anchor.status, 'moved');
    assert.equal(edited.slice(anchor.end, anchor.end + 15), ' for the market');
  });

  it('prefers the occurrence nearest the hint when contexts are equally good', () => {
    const text = 'ab x ab x ab x ab';
    const span = { language: 'en', exact: 'ab', prefix: '', suffix: '', start: 10, end: 12 } as const;
    // Two characters in front: the occurrences are at 2, 7, 12 and 17; 12 is nearest to 10.
    assert.deepEqual(reanchor(span, `__${text}`), { status: 'moved', start: 12, end: 14 });
  });

  it('is fuzzy after a small edit inside the quote', () => {
    const span = spanAt(TEXT, 'reduce the digital divide and arouse economic vitality');
    const edited = TEXT.replace('digital divide', 'digital gap');
    const anchor = reanchor(span, edited);
    assert.equal(anchor.status, 'fuzzy');
    assert.equal(edited.slice(anchor.start, anchor.end), 'reduce the digital gap and arouse economic vitality');
  });

  it('finds Chinese quotes again after a one-character correction', () => {
    const text = opinions().provisions[2].text.zh;
    const words = '充分发挥移动互联网优势';
    const start = text.indexOf(words);
    const span = createSpan(text, 'zh', start, start + words.length);
    const edited = `前言。${text.replace('充分发挥', '充分利用')}`;
    const anchor = reanchor(span, edited);
    assert.equal(anchor.status, 'fuzzy');
    assert.equal(edited.slice(anchor.start, anchor.end), '充分利用移动互联网优势');
  });

  it('is orphaned (and keeps its old position) when the words are gone', () => {
    const span = spanAt(TEXT, 'digital divide');
    const edited = TEXT.replace('reduce the digital divide and', 'and');
    assert.deepEqual(reanchor(span, edited), { status: 'orphaned', start: span.start, end: span.end });
    assert.deepEqual(reanchor(span, 'short'), { status: 'orphaned', start: 5, end: 5 });
  });

  it('re-anchors 10,000 spans in well under 200 ms', () => {
    const texts = opinions().provisions.map((provision) => provision.text.en);
    const spans = Array.from({ length: 10_000 }, (_, index) => {
      const text = texts[index % texts.length];
      const start = (index * 37) % (text.length - 40);
      return { text, span: createSpan(text, 'en', start, start + 5 + (index % 30)) };
    });
    // A fifth have moved: the text gained a sentence in front of them.
    const shifted = new Map(texts.map((text) => [text, `Inserted sentence. ${text}`]));
    const run = () =>
      spans.map(({ text, span }, index) => reanchor(span, index % 5 === 0 ? (shifted.get(text) ?? text) : text));
    run();
    const started = performance.now();
    const anchors = run();
    const elapsed = performance.now() - started;
    assert.ok(anchors.every((anchor) => anchor.status === 'anchored' || anchor.status === 'moved'));
    assert.ok(elapsed < 200, `took ${elapsed.toFixed(1)} ms`);
  });
});

describe('annotations: approximate matching', () => {
  it('finds the best matches within the bound, with where they start', () => {
    assert.deepEqual(fuzzyFind('divide', 'the digital devide here', 2), [{ start: 12, end: 18, distance: 1 }]);
    assert.deepEqual(fuzzyFind('abc', 'xxabcxx', 1), [{ start: 2, end: 5, distance: 0 }]);
    assert.deepEqual(fuzzyFind('abcdef', 'zzzzzz', 2), []);
  });

  it('agrees with a full edit-distance table on random cases', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = (length: number) => Array.from({ length }, () => 'abc'[Math.floor(next() * 3)]).join('');
    for (let round = 0; round < 300; round++) {
      const pattern = word(1 + Math.floor(next() * 6));
      const text = word(Math.floor(next() * 15));
      const bound = Math.floor(next() * 3);
      const expected = bruteForceBest(pattern, text);
      const found = fuzzyFind(pattern, text, bound);
      if (expected.distance > bound) {
        assert.deepEqual(found, [], `${pattern} in ${text}`);
      } else {
        assert.ok(found.length > 0, `${pattern} in ${text}`);
        assert.deepEqual(found.map((match) => match.end), expected.ends, `${pattern} in ${text}`);
        for (const match of found) {
          assert.equal(match.distance, expected.distance);
          assert.equal(editDistance(pattern, text.slice(match.start, match.end)), expected.distance, `${pattern} in ${text}`);
        }
      }
    }
  });
});

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** The least distance of `pattern` to any slice of `text`, and the ends of the slices that reach it. */
function bruteForceBest(pattern: string, text: string): { distance: number; ends: number[] } {
  let distance = Infinity;
  let ends: number[] = [];
  for (let end = 0; end <= text.length; end++) {
    let best = Infinity;
    for (let start = 0; start <= end; start++) {
      best = Math.min(best, editDistance(pattern, text.slice(start, end)));
    }
    if (best < distance) {
      distance = best;
      ends = [end];
    } else if (best === distance) {
      ends.push(end);
    }
  }
  return { distance, ends };
}
