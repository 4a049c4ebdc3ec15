import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { planAddition, writeAddition } from '../../../src/core/documents/addDocument';
import { DocumentCache } from '../../../src/core/documents/cache/documentCache';
import { loadWorkspaceDocuments } from '../../../src/core/documents/workspaceDocuments';
import { PolicyDocument, allDivisions } from '../../../src/core/model';
import { PARSER_VERSION } from '../../../src/core/parse/parserVersion';
import { fixturePath } from '../helpers/fixtures';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(fixturePath(name))) });
const OPINIONS = new Set(['mobile-internet-opinions-2017']);
const ENTRY = 'policy-documents/.cache/documents/pipl-2021.json';
const SOURCE = 'policy-documents/pipl-2021/pipl-2021.zh.md';

interface Entry {
  format: number;
  key: string;
  document: { title: { en: string; zh: string } };
}

async function workspace(): Promise<MemoryFileSystem> {
  const fs = new MemoryFileSystem();
  await writeAddition(fs, planAddition({ chinese: file('pipl-2021.zh.md'), english: file('pipl-2021.en.md'), id: 'pipl-2021', taken: OPINIONS }));
  await writeAddition(fs, planAddition({ chinese: file('ports-opening-provisions-1985.zh.md'), taken: OPINIONS }));
  return fs;
}

async function load(fs: MemoryFileSystem, only?: readonly string[]): Promise<PolicyDocument> {
  const { documents, problems } = await loadWorkspaceDocuments(fs, OPINIONS, { cache: new DocumentCache(fs), ...(only && { only }) });
  assert.deepEqual(problems, []);
  const pipl = documents.find((document) => document.id === 'pipl-2021');
  assert.ok(pipl);
  return pipl;
}

/** Rewrites the cached entry with another English title, keeping its key: a load that shows that title read the cache. */
function markEntry(fs: MemoryFileSystem, change: (entry: Entry) => void = () => undefined): void {
  const entry = JSON.parse(fs.text(ENTRY) ?? '') as Entry;
  entry.document.title.en = 'FROM THE CACHE';
  change(entry);
  fs.setText(ENTRY, JSON.stringify(entry));
}

describe('the cache of parsed documents', () => {
  it('keeps each parsed document, git-ignored, and gives back the same document, its divisions sharing its provisions', async () => {
    const fs = await workspace();
    const parsed = await load(fs);
    assert.equal(fs.text('policy-documents/.cache/.gitignore')?.split('\n').filter((line) => !line.startsWith('#')).join(''), '*');
    assert.ok(fs.files.has('policy-documents/.cache/documents/ports-opening-provisions-1985.json'));
    const cached = await load(fs);
    assert.deepEqual(cached, parsed);
    const article = cached.provisions.find((provision) => provision.division !== undefined);
    const division = allDivisions(cached).find((candidate) => candidate.id === article?.division);
    assert.ok(division?.provisions.includes(article as never), 'a division holds the very provision objects of the document');
  });

  it('answers from the cache when the files are unchanged, without parsing', async () => {
    const fs = await workspace();
    await load(fs);
    markEntry(fs);
    assert.equal((await load(fs)).title.en, 'FROM THE CACHE');
  });

  it('misses when a source or document.yaml changed, and parses the text again', async () => {
    const fs = await workspace();
    const parsed = await load(fs);
    markEntry(fs);
    fs.setText(SOURCE, `${fs.text(SOURCE)}\n`);
    const afterSource = await load(fs);
    assert.equal(afterSource.title.en, parsed.title.en);
    markEntry(fs);
    const yaml = 'policy-documents/pipl-2021/document.yaml';
    fs.setText(yaml, `${fs.text(yaml)}type: law\n`);
    const afterFacts = await load(fs);
    assert.notEqual(afterFacts.title.en, 'FROM THE CACHE');
    assert.equal(afterFacts.type, 'law');
  });

  it('misses an entry made by another version of the parser', async () => {
    const fs = await workspace();
    await load(fs);
    const key = (JSON.parse(fs.text(ENTRY) ?? '') as Entry).key;
    assert.ok(key.startsWith(`${PARSER_VERSION}-`), 'the parser version is part of the key');
    markEntry(fs, (entry) => (entry.key = `${PARSER_VERSION + 1}-${key.slice(key.indexOf('-') + 1)}`));
    assert.notEqual((await load(fs)).title.en, 'FROM THE CACHE');
    assert.equal((JSON.parse(fs.text(ENTRY) ?? '') as Entry).key, key, 'the entry is written again for this parser');
  });

  it('ignores a corrupt or hostile entry, parses the text and writes the entry anew', async () => {
    const fs = await workspace();
    const parsed = await load(fs);
    const entry = JSON.parse(fs.text(ENTRY) ?? '') as Entry & { document: Record<string, unknown> };
    const valid = (document: Record<string, unknown>) => JSON.stringify({ ...entry, document: { ...entry.document, ...document } });
    const broken = [
      '',
      '{"format": 1, "key": ',
      'null',
      '[]',
      JSON.stringify({ ...entry, document: null }),
      valid({ provisions: 'all of them' }),
      valid({ title: { en: 42, zh: '' } }),
      valid({ provisions: [{ id: 'x' }] }),
      // A division naming a provision the document does not have.
      valid({ parts: [{ id: 'p', kind: 'chapter', number: 1, numeral: { en: '', zh: '' }, title: { en: '', zh: '' }, text: { en: '', zh: '' }, divisions: [], provisions: [100000] }] }),
      valid({ parts: [{ id: 'p', kind: 'chapter', number: 1, numeral: { en: '', zh: '' }, title: { en: '', zh: '' }, text: { en: '', zh: '' }, divisions: [], provisions: [-1] }] }),
      valid({ id: 'another-document' }),
      '\u0000\u00ff binary',
    ];
    for (const text of broken) {
      fs.setText(ENTRY, text);
      assert.deepEqual(await load(fs), parsed, `entry ${JSON.stringify(text.slice(0, 60))}`);
      assert.equal(fs.text(ENTRY), JSON.stringify(entry), 'written anew');
    }
  });

  it('reads only the documents asked for: another broken one is neither read nor reported', async () => {
    const fs = await workspace();
    fs.setText('policy-documents/broken/document.yaml', 'version: 1\nid: broken\nfiles:\n  chinese: missing.md\n');
    fs.log.length = 0;
    await load(fs, ['pipl-2021']);
    assert.deepEqual(
      fs.log.filter((operation) => !operation.path.startsWith('policy-documents/pipl-2021/') && !operation.path.startsWith('policy-documents/.cache/')),
      [],
    );
  });
});
