import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { planAddition, writeAddition } from '../../../src/core/documents/addDocument';
import { refreshCatalogSnapshot, snapshotCatalog } from '../../../src/core/documents/cache/catalogSnapshot';
import { readCatalog } from '../../../src/core/documents/documentCatalog';
import { DocumentSummary, summaryOf, summaryOfRecord } from '../../../src/core/documents/documentSummary';
import { loadWorkspaceDocuments } from '../../../src/core/documents/workspaceDocuments';
import { fixturePath } from '../helpers/fixtures';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(fixturePath(name))) });
const OPINIONS = new Set(['mobile-internet-opinions-2017']);
const SNAPSHOT = 'policy-documents/.cache/catalog.json';
const PIPL_YAML = 'policy-documents/pipl-2021/document.yaml';

async function workspace(): Promise<MemoryFileSystem> {
  const fs = new MemoryFileSystem();
  const taken = new Set(OPINIONS);
  const add = async (request: Omit<Parameters<typeof planAddition>[0], 'taken'>) => {
    const plan = planAddition({ ...request, taken });
    await writeAddition(fs, plan);
    taken.add(plan.record.id);
  };
  await add({ chinese: file('pipl-2021.zh.md'), english: file('pipl-2021.en.md'), id: 'pipl-2021' });
  await add({ chinese: file('pipl-2021.zh-en.md'), id: 'pipl-combined' });
  await add({ chinese: file('ports-opening-provisions-1985.gb18030.txt') });
  await add({ chinese: file('criminal-law-excerpt.zh.md'), id: 'criminal-law' });
  await add({ chinese: file('anti-telecom-fraud-law-2022.zh.md') });
  await add({ chinese: file('e-commerce-law-2018.zh.md'), revises: 'criminal-law' });
  return fs;
}

/** The records document.yaml holds now, read one by one. */
async function records(fs: MemoryFileSystem) {
  return (await readCatalog(fs, OPINIONS)).entries.map((entry) => entry.record);
}

/** The snapshot as stored, to be tampered with. */
function stored(fs: MemoryFileSystem): { format: number; entries: { stamp: unknown; document: Record<string, unknown> & { title: { zh: string } } }[] } {
  return JSON.parse(fs.text(SNAPSHOT) ?? 'null') as never;
}

describe('the catalog without the texts', () => {
  it('summarises a document added by `add` from its document.yaml exactly as parsing its text does', async () => {
    const fs = await workspace();
    const { documents, problems } = await loadWorkspaceDocuments(fs, OPINIONS);
    assert.deepEqual(problems, []);
    const fromRecords = (await records(fs)).map(summaryOfRecord);
    assert.equal(fromRecords.length, 6);
    assert.deepEqual(fromRecords, documents.map(summaryOf));
    assert.ok(fromRecords.some((summary) => summary?.revises === 'criminal-law'));
    assert.ok(fromRecords.some((summary) => summary?.shortTitle.en !== summary?.shortTitle.zh), 'a translated document keeps its English short title');
  });

  it('reads the text for a document.yaml written by hand, which does not say all the parser finds', async () => {
    const fs = await workspace();
    const pipl = (await records(fs)).find((record) => record.id === 'pipl-2021');
    assert.ok(pipl);
    assert.equal(summaryOfRecord({ ...pipl, files: { chinese: pipl.files.chinese, ...(pipl.files.english && { english: pipl.files.english }) } }), undefined, 'no SHA-1: not written by add');
    assert.equal(summaryOfRecord({ ...pipl, facts: { ...pipl.facts, shortTitle: { zh: '个人信息保护法' } } }), undefined, 'a translated document without an English short title');
  });

  it('lists the records from the snapshot once written, and writes it git-ignored', async () => {
    const fs = await workspace();
    const expected = await records(fs);
    assert.deepEqual(await snapshotCatalog(fs, OPINIONS), expected, 'without a snapshot every document.yaml is read');
    assert.equal(await refreshCatalogSnapshot(fs, OPINIONS), true);
    assert.ok(fs.files.has(SNAPSHOT));
    assert.equal(fs.text('policy-documents/.cache/.gitignore')?.split('\n').filter((line) => !line.startsWith('#')).join(''), '*');
    fs.log.length = 0;
    assert.deepEqual(await snapshotCatalog(fs, OPINIONS), expected);
    assert.deepEqual(
      fs.log.filter((operation) => operation.op === 'read').map((operation) => operation.path),
      [SNAPSHOT],
      'with a snapshot, no document.yaml is read',
    );
    assert.equal(await refreshCatalogSnapshot(fs, OPINIONS), false, 'nothing changed');
  });

  it('sees a document.yaml changed, a document added or removed, and writes the snapshot again', async () => {
    const fs = await workspace();
    await refreshCatalogSnapshot(fs, OPINIONS);
    fs.setText(PIPL_YAML, (fs.text(PIPL_YAML) ?? '').replace('zh: 中华人民共和国个人信息保护法', 'zh: 个人信息保护法（修订）'));
    assert.equal(await refreshCatalogSnapshot(fs, OPINIONS), true);
    const listed = await snapshotCatalog(fs, OPINIONS);
    assert.equal(listed.find((record) => record.id === 'pipl-2021')?.facts.title?.zh, '个人信息保护法（修订）');
    assert.deepEqual(listed, await records(fs));

    for (const path of [...fs.files.keys()].filter((candidate) => candidate.startsWith('policy-documents/criminal-law/'))) {
      fs.files.delete(path);
    }
    assert.ok(!(await snapshotCatalog(fs, OPINIONS)).some((record) => record.id === 'criminal-law'), 'a removed folder is not listed, even before the refresh');
    assert.equal(await refreshCatalogSnapshot(fs, OPINIONS), true);
    assert.ok(!stored(fs).entries.some((entry) => entry.document.id === 'criminal-law'));

    await writeAddition(fs, planAddition({ chinese: file('ports-opening-provisions-1985.zh.md'), id: 'ports-again', taken: new Set() }));
    assert.ok((await snapshotCatalog(fs, OPINIONS)).some((record) => record.id === 'ports-again'), 'a new folder is read, even before the refresh');
    assert.equal(await refreshCatalogSnapshot(fs, OPINIONS), true);
    assert.deepEqual(await snapshotCatalog(fs, OPINIONS), await records(fs));
  });

  it('rebuilds a deleted snapshot', async () => {
    const fs = await workspace();
    await refreshCatalogSnapshot(fs, OPINIONS);
    fs.files.delete(SNAPSHOT);
    assert.deepEqual(await snapshotCatalog(fs, OPINIONS), await records(fs));
    await refreshCatalogSnapshot(fs, OPINIONS);
    assert.equal(stored(fs).entries.length, 6);
  });

  it('ignores a snapshot that is not JSON, of another format, or whose entries break the schema of document.yaml', async () => {
    const fs = await workspace();
    const expected = await records(fs);
    await refreshCatalogSnapshot(fs, OPINIONS);
    const good = fs.text(SNAPSHOT) ?? '';
    const hostile = stored(fs);
    hostile.entries[0].document = { ...hostile.entries[0].document, files: { chinese: '../../../etc/passwd' }, title: { zh: 'HOSTILE' } };
    hostile.entries[1].stamp = { size: 'big' };
    const extra = { stamp: { size: 1, mtime: 1 }, document: { ...hostile.entries[2].document, injected: '<script>' } };
    for (const text of ['{"format": 1, "entries": [', 'null', JSON.stringify({ ...stored(fs), format: 99 }), JSON.stringify({ ...hostile, entries: [...hostile.entries, extra] })]) {
      fs.setText(SNAPSHOT, text);
      const listed = await snapshotCatalog(fs, OPINIONS);
      assert.deepEqual(listed, expected, `served from ${text.slice(0, 40)}`);
      assert.equal(await refreshCatalogSnapshot(fs, OPINIONS), true);
      assert.equal(fs.text(SNAPSHOT), good, 'written again as it was');
    }
  });

  it('leaves out a folder whose document.yaml refuses, as the catalog does', async () => {
    const fs = await workspace();
    fs.setText(PIPL_YAML, 'version: 1\nid: another-id\nfiles: { chinese: x.md }\n');
    await refreshCatalogSnapshot(fs, OPINIONS);
    const listed: DocumentSummary[] = (await snapshotCatalog(fs, OPINIONS)).flatMap((record) => summaryOfRecord(record) ?? []);
    assert.ok(!listed.some((summary) => summary.id === 'pipl-2021' || summary.id === 'another-id'));
    assert.equal(listed.length, 5);
  });
});
