import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AddDocumentError, planAddition, writeAddition } from '../../../src/core/documents/addDocument';
import { loadDocumentFile } from '../../../src/core/documents/documentFile';
import { loadWorkspaceDocuments } from '../../../src/core/documents/workspaceDocuments';
import { findProvision } from '../../../src/core/model';
import { fixturePath } from '../helpers/fixtures';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(fixturePath(name))) });
const OPINIONS = new Set(['mobile-internet-opinions-2017']);

describe('documents in the workspace', () => {
  it('adds a law as policy-documents/<id>/: its file byte for byte, then a document.yaml the schema accepts', async () => {
    const fs = new MemoryFileSystem();
    const plan = planAddition({ chinese: file('e-commerce-law-2018.zh.md'), taken: OPINIONS });
    assert.equal(plan.record.id, 'e-commerce-law-2018');
    await writeAddition(fs, plan);
    assert.deepEqual([...fs.files.keys()], ['policy-documents/e-commerce-law-2018/e-commerce-law-2018.zh.md', 'policy-documents/e-commerce-law-2018/document.yaml']);
    assert.deepEqual(fs.files.get('policy-documents/e-commerce-law-2018/e-commerce-law-2018.zh.md'), file('e-commerce-law-2018.zh.md').bytes);
    assert.equal(
      fs.text('policy-documents/e-commerce-law-2018/document.yaml'),
      [
        '# Policy Annotator document: the source files beside this file, and the facts about them.',
        '# Correct any fact here: it wins over what is read from the text. Never change the id: notes and references use it.',
        '# yaml-language-server: $schema=https://raw.githubusercontent.com/policy-annotator/policy-annotator/main/schemas/document.schema.json',
        '',
        'version: 1',
        'id: e-commerce-law-2018',
        'files:',
        '  chinese: e-commerce-law-2018.zh.md',
        '  sha1: c796714b045c5d315ae41938521e791b83c2d0dd',
        'title:',
        '  zh: 中华人民共和国电子商务法',
        'shortTitle:',
        '  zh: 电子商务法',
        'issuers:',
        '  zh: [全国人民代表大会常务委员会]',
        'date: 2018-08-31',
        '',
      ].join('\n'),
    );
    const loaded = loadDocumentFile(fs.files.get('policy-documents/e-commerce-law-2018/document.yaml') ?? new Uint8Array());
    assert.deepEqual(loaded.problems, []);
  });

  it('loads every document of the folder, the facts of document.yaml winning over the text', async () => {
    const fs = new MemoryFileSystem();
    await writeAddition(fs, planAddition({ chinese: file('pipl-2021.zh.md'), english: file('pipl-2021.en.md'), id: 'pipl-2021', taken: OPINIONS }));
    await writeAddition(fs, planAddition({ chinese: file('ports-opening-provisions-1985.zh.md'), taken: OPINIONS }));
    const yamlPath = 'policy-documents/pipl-2021/document.yaml';
    const edited = (fs.text(yamlPath) ?? '').replace('  en: Personal Information Protection Law\n', '  en: PIPL\n') + 'citationKey: pipl2021\ntype: law\n';
    await fs.writeFile(yamlPath, new TextEncoder().encode(edited));
    const { documents, problems } = await loadWorkspaceDocuments(fs, OPINIONS);
    assert.deepEqual(problems, []);
    assert.deepEqual(documents.map((document) => document.id), ['pipl-2021', 'ports-opening-provisions-1985']);
    const pipl = documents[0];
    assert.equal(pipl.shortTitle.en, 'PIPL');
    assert.equal(pipl.citationKey, 'pipl2021');
    assert.equal(pipl.type, 'law');
    assert.equal(findProvision(pipl, 38)?.label.en, 'Article 38');
    assert.equal(documents[1].provisions.length, 12);
  });

  it('reports a broken folder by file and line and still loads the others', async () => {
    const fs = new MemoryFileSystem();
    await writeAddition(fs, planAddition({ chinese: file('ports-opening-provisions-1985.zh.md'), taken: OPINIONS }));
    await fs.writeFile('policy-documents/broken/document.yaml', new TextEncoder().encode('version: 1\nid: broken\nfiles:\n  chinese: missing.md\n'));
    await fs.writeFile('policy-documents/bad-yaml/document.yaml', new TextEncoder().encode('version: 1\nid: bad-yaml\nfiles: {}\n'));
    await fs.writeFile('policy-documents/no-text/document.yaml', new TextEncoder().encode('version: 1\nid: no-text\nfiles:\n  chinese: a.txt\n'));
    await fs.writeFile('policy-documents/no-text/a.txt', new TextEncoder().encode('\n只有标题\n'));
    const { documents, problems } = await loadWorkspaceDocuments(fs, OPINIONS);
    assert.deepEqual(documents.map((document) => document.id), ['ports-opening-provisions-1985']);
    assert.deepEqual(
      problems.map((problem) => `${problem.path}:${problem.line}: ${problem.message}`),
      [
        'policy-documents/bad-yaml/document.yaml:3: files: missing "chinese"',
        'policy-documents/broken/document.yaml:1: the chinese file "missing.md" is missing',
        'policy-documents/no-text/a.txt:2: no text found: nothing but a title and its front matter',
      ],
    );
  });

  it('refuses, before writing anything, an id in use, a bad id, an unreadable encoding and a text with nothing but its title', async () => {
    const fs = new MemoryFileSystem();
    const refusals: [Parameters<typeof planAddition>[0], RegExp][] = [
      [{ chinese: file('ports-opening-provisions-1985.zh.md'), id: 'mobile-internet-opinions-2017', taken: OPINIONS }, /already used/],
      [{ chinese: file('ports-opening-provisions-1985.zh.md'), id: 'Not An Id', taken: OPINIONS }, /not a document id/],
      [{ chinese: { name: 'latin1.txt', bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0xff]) }, taken: OPINIONS }, /^latin1\.txt: .*save it as UTF-8/],
      [{ chinese: { name: 'notes.txt', bytes: new TextEncoder().encode('标题\n\n') }, taken: OPINIONS }, /^notes\.txt:1: no text found/],
    ];
    for (const [request, message] of refusals) {
      assert.throws(() => planAddition(request), (error: unknown) => error instanceof AddDocumentError && message.test(error.message));
    }
    assert.equal(fs.files.size, 0);
  });

  it('makes an id from the file name, or from the English title when the name is Chinese, and never reuses one', () => {
    const law = file('pipl-2021.zh.md');
    assert.equal(planAddition({ chinese: law, taken: OPINIONS }).record.id, 'pipl-2021');
    assert.equal(planAddition({ chinese: law, taken: new Set(['pipl-2021']) }).record.id, 'pipl-2021-2');
    const chineseName = { name: '个人信息保护法(2021-08-20).md', bytes: law.bytes };
    assert.equal(planAddition({ chinese: chineseName, english: file('pipl-2021.en.md'), taken: OPINIONS }).record.id, 'personal-information-protection-law-2021');
    assert.equal(planAddition({ chinese: chineseName, taken: OPINIONS }).record.id, 'law-2021-08-20');
    const reply = { name: '关于审理案件的答复.md', bytes: new TextEncoder().encode('# 关于审理案件的答复\n\n经研究，答复如下。\n') };
    assert.equal(planAddition({ chinese: reply, taken: OPINIONS }).record.id, 'document');
  });
});
