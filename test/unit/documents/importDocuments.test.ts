import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadDocumentFile } from '../../../src/core/documents/documentFile';
import { FileToImport, importDocuments } from '../../../src/core/documents/importDocuments';
import { loadWorkspaceDocuments } from '../../../src/core/documents/workspaceDocuments';
import { sha1Hex } from '../../../src/core/lib/sha1';
import { NODE_FORMAT_READERS } from '../../../src/platform/nodeFormatReaders';
import { DOCUMENTS_DIR } from '../helpers/fixtures';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const OPINIONS = new Set(['mobile-internet-opinions-2017']);

function fixture(relative: string): FileToImport {
  return { path: relative, name: path.basename(relative), read: async () => new Uint8Array(readFileSync(path.join(DOCUMENTS_DIR, relative))) };
}

function text(name: string, content: string): FileToImport {
  return { path: name, name, read: async () => new TextEncoder().encode(content) };
}

describe('adding many documents at once', () => {
  const files = [fixture('e-commerce-law-2018.zh.md'), fixture('formats/anti-telecom-fraud-law-2022.docx'), fixture('ports-opening-provisions-1985.gb18030.txt'), text('notes.txt', 'shopping list')];

  it('adds each file it can read, keeps a Word original beside its text, refuses the rest with a reason, and says how far it is', async () => {
    const fs = new MemoryFileSystem();
    const progress: string[] = [];
    const summary = await importDocuments(fs, files, { readers: NODE_FORMAT_READERS, reserved: OPINIONS, onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`) });
    assert.deepEqual(
      summary.added.map(({ id, provisions, extracted }) => [id, provisions, extracted]),
      [
        ['e-commerce-law-2018', 89, false],
        ['anti-telecom-fraud-law-2022', 50, true],
        ['ports-opening-provisions-1985-gb18030', 12, false],
      ],
    );
    assert.deepEqual(summary.refused, [{ path: 'notes.txt', reason: 'line 1: no Chinese text found' }]);
    assert.deepEqual(progress, ['0/4 e-commerce-law-2018.zh.md', '1/4 formats/anti-telecom-fraud-law-2022.docx', '2/4 ports-opening-provisions-1985.gb18030.txt', '3/4 notes.txt', '4/4 ']);
    const folder = 'policy-documents/anti-telecom-fraud-law-2022';
    assert.deepEqual(fs.files.get(`${folder}/anti-telecom-fraud-law-2022.docx`), await files[1].read());
    const record = loadDocumentFile(fs.files.get(`${folder}/document.yaml`)!).content!;
    assert.deepEqual(record.files, { chinese: 'anti-telecom-fraud-law-2022.txt', original: 'anti-telecom-fraud-law-2022.docx', sha1: sha1Hex(await files[1].read()) });
    assert.match(fs.text(`${folder}/anti-telecom-fraud-law-2022.txt`) ?? '', /^中华人民共和国反电信网络诈骗法\n/);
    const loaded = await loadWorkspaceDocuments(fs, OPINIONS);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.documents.map((document) => document.id), ['anti-telecom-fraud-law-2022', 'e-commerce-law-2018', 'ports-opening-provisions-1985-gb18030']);
  });

  it('adds nothing the second time, finds a copy under another name, and gives a new text of a used name its own id', async () => {
    const fs = new MemoryFileSystem();
    await importDocuments(fs, files, { readers: NODE_FORMAT_READERS, reserved: OPINIONS });
    const written = new Map(fs.files);
    const again = await importDocuments(fs, [...files, { ...fixture('e-commerce-law-2018.zh.md'), path: 'copy/电子商务法.md', name: '电子商务法.md' }], { readers: NODE_FORMAT_READERS, reserved: OPINIONS });
    assert.deepEqual(again.added, []);
    assert.deepEqual(again.present.map(({ path: file, id }) => `${file} ${id}`), [
      'e-commerce-law-2018.zh.md e-commerce-law-2018',
      'formats/anti-telecom-fraud-law-2022.docx anti-telecom-fraud-law-2022',
      'ports-opening-provisions-1985.gb18030.txt ports-opening-provisions-1985-gb18030',
      'copy/电子商务法.md e-commerce-law-2018',
    ]);
    assert.deepEqual(fs.files, written);
    const changed = readFileSync(path.join(DOCUMENTS_DIR, 'e-commerce-law-2018.zh.md'), 'utf8').replace('第八十九条', '第八十九条 ');
    const other = await importDocuments(fs, [text('e-commerce-law-2018.zh.md', changed)], { readers: NODE_FORMAT_READERS, reserved: OPINIONS });
    assert.deepEqual(other.added.map((added) => added.id), ['e-commerce-law-2018-2']);
  });

  it('knows a document added before hashes were recorded by its file, and stops when cancelled, keeping what it added', async () => {
    const fs = new MemoryFileSystem();
    await importDocuments(fs, files.slice(0, 1), { readers: NODE_FORMAT_READERS, reserved: OPINIONS });
    const yaml = 'policy-documents/e-commerce-law-2018/document.yaml';
    await fs.writeFile(yaml, new TextEncoder().encode((fs.text(yaml) ?? '').replace(/\n {2}sha1: \w+/, '')));
    let asked = 0;
    const summary = await importDocuments(fs, files, { readers: NODE_FORMAT_READERS, reserved: OPINIONS, cancelled: () => ++asked > 2 });
    assert.equal(summary.cancelled, true);
    assert.deepEqual(summary.present.map((present) => present.id), ['e-commerce-law-2018']);
    assert.deepEqual(summary.added.map((added) => added.id), ['anti-telecom-fraud-law-2022']);
  });
});
