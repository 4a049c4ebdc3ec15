import * as assert from 'node:assert/strict';
import { PolicyDocument } from '../../../src/core/model';
import { SearchIndex } from '../../../src/core/search';
import { decodeIndex, encodeIndex, readIndexFile, writeIndexFile } from '../../../src/core/search/indexFile';
import { StoredIndex } from '../../../src/core/search/searchIndex';
import { parseFixture } from '../helpers/fixtures';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions } from '../helpers/opinions';

const INDEX_PATH = 'policy-documents/.cache/search-index.bin';
// Chinese phrases, English words with typos, numbers, references, notes: each path of the search.
const QUERIES = ['个人信息', '处理者', '电信网络诈骗', '第十条', '15', 'pipl-2021#3', 'personal informaton', 'fake base stations', '伪基站', 'zebra', '斑马线', '国家'];

function laws(): PolicyDocument[] {
  return [opinions(), parseFixture('pipl-2021.zh.md', 'pipl-2021.en.md').document, parseFixture('anti-telecom-fraud-law-2022.zh.md').document, parseFixture('criminal-law-excerpt.zh.md').document];
}

const notes = (provision: { documentId: string; number: number }) => (provision.number === 7 ? 'tag: zebra crossings\n笔记:斑马线' : '');

function built(documents: readonly PolicyDocument[]): SearchIndex {
  const index = new SearchIndex();
  for (const document of documents) {
    index.add(document, notes);
  }
  return index;
}

const answers = (index: SearchIndex) => QUERIES.map((query) => JSON.stringify(index.search(query, 40)));

describe('the search index file', () => {
  it('gives back an index that answers every query as the index it was written from', () => {
    const documents = laws();
    const fresh = built(documents);
    const before = answers(fresh);
    assert.ok(before.every((answer) => answer !== '[]'), 'each query finds something');
    const restored = decodeIndex(encodeIndex(fresh)) ?? assert.fail('a sound file');
    assert.deepEqual(answers(restored), before);
    assert.deepEqual(answers(fresh), before, 'writing leaves the index as it was');
    assert.deepEqual(restored.documentIds(), fresh.documentIds());
    assert.ok(documents.every((document) => restored.holds(document)), 'its documents, read again, need no indexing');
  });

  it('keeps working after it is read: documents replaced, removed and added, notes changed, written again', () => {
    const [opinion, pipl, fraud, criminal] = laws();
    const restored = decodeIndex(encodeIndex(built([opinion, pipl, fraud]))) ?? assert.fail('a sound file');
    const edited = { ...fraud, provisions: fraud.provisions.map((provision) => (provision.number === 2 ? { ...provision, text: { en: '', zh: '本法所称独角兽诈骗。' } } : provision)) };
    assert.equal(restored.holds(edited), false, 'a document whose text changed since is stale');
    restored.add(edited, notes);
    restored.remove(pipl.id);
    restored.add(criminal, notes);
    restored.updateExtra(opinion.id, (provision) => (provision.number === 8 ? 'okapi' : ''));
    const expected = built([opinion, edited, criminal]);
    expected.updateExtra(opinion.id, (provision) => (provision.number === 8 ? 'okapi' : ''));
    const queries = ['独角兽', '个人信息', 'okapi', 'zebra', '刑法', '8'];
    const hits = (index: SearchIndex) => queries.map((query) => index.search(query, 40).map((hit) => `${hit.document}#${hit.provision} ${hit.match?.text ?? ''}`));
    assert.deepEqual(hits(restored), hits(expected));
    assert.deepEqual(hits(decodeIndex(encodeIndex(restored)) ?? assert.fail('written again')), hits(expected));
  });

  it('is read from the bytes however they come: a Node Buffer (whose slice() shares memory), at an odd offset', () => {
    const index = built(laws());
    const bytes = encodeIndex(index);
    const odd = Buffer.alloc(bytes.length + 1);
    odd.set(bytes, 1);
    for (const read of [Buffer.from(bytes), odd.subarray(1)]) {
      assert.deepEqual(answers(decodeIndex(read) ?? assert.fail(`read at offset ${read.byteOffset}`)), answers(index));
    }
  });

  it('is written under policy-documents/.cache/ (which keeps itself out of git) and read back', async () => {
    const fs = new MemoryFileSystem();
    assert.equal(await readIndexFile(fs), undefined, 'none yet');
    const index = built(laws());
    await writeIndexFile(fs, index);
    assert.ok(fs.files.has(INDEX_PATH));
    assert.match(fs.text('policy-documents/.cache/.gitignore') ?? '', /^\*$/m);
    assert.deepEqual(answers((await readIndexFile(fs)) ?? assert.fail('read back')), answers(index));
  });

  it('ignores a file cut short, of another format or another program', async () => {
    const bytes = encodeIndex(built(laws()));
    for (const end of [0, 7, 8, 100, Math.floor(bytes.length / 2), bytes.length - 1]) {
      assert.equal(decodeIndex(bytes.slice(0, end)), undefined, `cut at ${end} of ${bytes.length}`);
    }
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    assert.equal(decodeIndex(longer), undefined, 'bytes after the last section');
    assert.equal(decodeIndex(new TextEncoder().encode(JSON.stringify({ format: 1, entries: [] }))), undefined, 'a JSON file');
    const otherFormat = new TextEncoder().encode(new TextDecoder().decode(bytes.slice(0, 80)).replace('"format":1', '"format":9'));
    const renumbered = bytes.slice();
    renumbered.set(otherFormat);
    assert.equal(decodeIndex(renumbered), undefined, 'a later format');
    const fs = new MemoryFileSystem();
    fs.files.set(INDEX_PATH, bytes.slice(0, bytes.length - 10));
    assert.equal(await readIndexFile(fs), undefined);
    fs.unreadable.add(INDEX_PATH);
    assert.equal(await readIndexFile(fs), undefined, 'an unreadable file');
  });

  it('refuses tables that could not have been written: the index is built again instead', () => {
    const stored = (): StoredIndex => built(laws()).stored();
    const refused = (tamper: (index: StoredIndex) => StoredIndex, what: string) => assert.equal(SearchIndex.restore(tamper(stored())), undefined, what);
    assert.ok(SearchIndex.restore(stored()), 'untouched, it is sound');
    refused((index) => ({ ...index, documents: [index.documents[0], index.documents[0]] }), 'a document twice');
    refused((index) => ({ ...index, documents: index.documents.map((document, at) => (at === 1 ? { ...document, firstSlot: 0 } : document)) }), 'documents sharing slots');
    refused((index) => ({ ...index, documents: index.documents.map((document) => ({ ...document, provisions: document.provisions + index.numbers.length })) }), 'slots beyond the table');
    refused((index) => ({ ...index, documents: index.documents.slice(1) }), 'sentences of no document');
    refused((index) => ({ ...index, documents: index.documents.map((document) => ({ ...document, ownIds: [0, 1e9] as const })) }), 'sentence ids beyond the table');
    refused((index) => ({ ...index, numbers: index.numbers.map((number) => (number === 3 ? -7 : number)) }), 'a provision number that is none');
    refused((index) => ({ ...index, passages: { ...index.passages, kinds: index.passages.kinds.map(() => 255) } }), 'a kind of sentence that is none');
    refused((index) => ({ ...index, passages: { ...index.passages, unitLists: index.passages.unitLists.map((list) => (list >= 0 ? list + 1e8 : list)) } }), 'a character list that is none');
    refused((index) => ({ ...index, passages: { ...index.passages, pairLists: index.passages.pairLists.map(() => 0) } }), 'a pair table with no free slot (a lookup would never end)');
    refused((index) => ({ ...index, passages: { ...index.passages, lists: { ...index.passages.lists, counts: index.passages.lists.counts.map((count) => count * 1000 + 1000) } } }), 'lists counting more ids than they hold');
    refused((index) => ({ ...index, passages: { ...index.passages, lists: { ...index.passages.lists, starts: index.passages.lists.starts.map((start, at) => (at === 1 ? 1e9 : start)) } } }), 'a list beyond its bytes');
    refused((index) => ({ ...index, passages: { ...index.passages, texts: { ...index.passages.texts, lengths: index.passages.texts.lengths.map((length) => length + 1) } } }), 'texts longer than the text stored');
    refused((index) => ({ ...index, vocabulary: { ...index.vocabulary, wordLists: index.vocabulary.wordLists.map(() => -1) } }), 'a word without a list');
  });

  it('never fails nor hangs on a file with bytes changed: it is refused, or searched as any index', () => {
    const bytes = encodeIndex(built(laws()));
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    let refused = 0;
    for (let round = 0; round < 60; round++) {
      const damaged = bytes.slice();
      for (let flip = 0; flip < 4; flip++) {
        damaged[Math.floor(random() * damaged.length)] ^= 1 << Math.floor(random() * 8);
      }
      const index = decodeIndex(damaged);
      if (!index) {
        refused++;
        continue;
      }
      for (const query of QUERIES) {
        index.search(query, 40);
      }
    }
    assert.ok(refused < 60, 'some damage (inside a text, a list) is not seen, and costs only wrong answers');
  });
});
