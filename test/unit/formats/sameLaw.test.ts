import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { extractText } from '../../../src/core/formats/extractText';
import { parseDocument } from '../../../src/core/parse/parseDocument';
import { NODE_FORMAT_READERS } from '../../../src/platform/nodeFormatReaders';
import { DOCUMENTS_DIR, fixturePath } from '../helpers/fixtures';

// The Anti-Telecom Fraud Law as LawRefBook has it, and as a Word document, a PDF and a gov.cn page
// made from it (test/fixtures/documents/formats/make-fixtures.py).
const FORMATS = path.join(DOCUMENTS_DIR, 'formats');

function provisionsOf(chinese: string) {
  return parseDocument({ id: 'law', chinese }).document.provisions.map((provision) => ({ label: provision.label.zh, text: provision.text.zh }));
}

describe('one law in every format researchers have', () => {
  const expected = provisionsOf(readFileSync(fixturePath('anti-telecom-fraud-law-2022.zh.md'), 'utf8'));

  for (const file of ['anti-telecom-fraud-law-2022.docx', 'anti-telecom-fraud-law-2022.pdf', 'anti-telecom-fraud-law-2022.gov.html']) {
    it(`${file} gives the same 50 articles, word for word, as the text`, async () => {
      const { text } = await extractText(file, new Uint8Array(readFileSync(path.join(FORMATS, file))), NODE_FORMAT_READERS);
      assert.equal(expected.length, 50);
      assert.deepEqual(provisionsOf(text ?? ''), expected);
    });
  }

  it('refuses a Word document or a PDF where there are no readers for them (the web worker), saying where to add it', async () => {
    await assert.rejects(extractText('law.docx', new Uint8Array(readFileSync(path.join(FORMATS, 'anti-telecom-fraud-law-2022.docx'))), {}), /desktop VS Code and on the command line/);
  });

  it('refuses a PDF without a text layer as a scan, and formats it does not read with what to save them as', async () => {
    const scan = { pdfPages: async () => [{ items: [] }, { items: [] }] };
    await assert.rejects(extractText('scan.pdf', new TextEncoder().encode('%PDF-1.7'), scan), /no text layer \(it is a scan/);
    await assert.rejects(extractText('law.doc', new Uint8Array([0xd0, 0xcf]), NODE_FORMAT_READERS), /save it as \.docx/);
    await assert.rejects(extractText('law.pdf', new TextEncoder().encode('<html>'), NODE_FORMAT_READERS), /not a PDF/);
  });
});
