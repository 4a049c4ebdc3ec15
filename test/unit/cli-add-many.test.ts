import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturePath } from './helpers/fixtures';
import { cli } from './helpers/cli';

describe('policy-annotator add on folders and many files', () => {
  let workspace: string;
  let corpus: string;
  const inWorkspace = (...argv: string[]) => cli([...argv, '--folder', workspace]);

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'policy-add-many-'));
    corpus = mkdtempSync(path.join(tmpdir(), 'policy-corpus-'));
    // A corpus checkout: laws in category folders, a Word file, a README that is no law, a hidden folder.
    mkdirSync(path.join(corpus, '经济法'));
    mkdirSync(path.join(corpus, '行政法'));
    mkdirSync(path.join(corpus, '.git'));
    copyFileSync(fixturePath('e-commerce-law-2018.zh.md'), path.join(corpus, '经济法', 'e-commerce-law-2018.zh.md'));
    copyFileSync(fixturePath('formats/anti-telecom-fraud-law-2022.docx'), path.join(corpus, '行政法', 'anti-telecom-fraud-law-2022.docx'));
    writeFileSync(path.join(corpus, 'README.md'), '# Laws\n\nA collection.\n');
    writeFileSync(path.join(corpus, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  });
  afterEach(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
  });

  it('add <folder> --recursive --json adds every law, refuses what is none with its reason, and adds nothing the second time', async () => {
    const first = await inWorkspace('add', corpus, '--recursive', '--json');
    assert.equal(first.code, 0, first.stderr);
    const summary = JSON.parse(first.stdout) as { added: { id: string; path: string; extracted: boolean }[]; present: unknown[]; refused: { path: string; reason: string }[] };
    assert.deepEqual(summary.added.map(({ id, extracted }) => [id, extracted]), [
      ['e-commerce-law-2018', false],
      ['anti-telecom-fraud-law-2022', true],
    ]);
    assert.deepEqual(summary.refused, [{ path: path.join(corpus, 'README.md'), reason: 'line 1: no Chinese text found' }]);
    assert.match(readFileSync(path.join(workspace, 'policy-documents', 'anti-telecom-fraud-law-2022', 'document.yaml'), 'utf8'), /files:\n {2}chinese: anti-telecom-fraud-law-2022\.txt\n {2}original: anti-telecom-fraud-law-2022\.docx\n {2}sha1: [0-9a-f]{40}\n/);
    const again = await inWorkspace('add', corpus, '--recursive');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^present {2}e-commerce-law-2018 {2}.*e-commerce-law-2018\.zh\.md$/m);
    assert.match(again.stdout, /^0 added, 2 already present, 1 refused/m);
    const shown = await inWorkspace('show', 'anti-telecom-fraud-law-2022#50', '--json');
    assert.equal((JSON.parse(shown.stdout) as { text: { zh: string } }).text.zh, '本法自2022年12月1日起施行。');
  });

  it('without --recursive reads only the files of the folder named, and refuses options that name one document', async () => {
    const top = await inWorkspace('add', corpus, '--json');
    assert.equal(top.code, 1, 'nothing but a README: nothing read');
    assert.deepEqual((JSON.parse(top.stdout) as { added: unknown[] }).added, []);
    const refused = await inWorkspace('add', corpus, '--id', 'law');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /add --id takes one file, not folders or several files/);
  });

  it('several files named: a FIFO among them is refused with its reason, never read, and the law beside it is added', async () => {
    const fifo = path.join(corpus, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const law = path.join(corpus, '经济法', 'e-commerce-law-2018.zh.md');
    const added = await inWorkspace('add', fifo, law, '--json');
    assert.equal(added.code, 0, added.stderr);
    const summary = JSON.parse(added.stdout) as { added: { id: string }[]; refused: { path: string; reason: string }[] };
    assert.deepEqual(summary.added.map(({ id }) => id), ['e-commerce-law-2018']);
    assert.equal(summary.refused.length, 1);
    assert.equal(summary.refused[0].path, fifo);
    assert.match(summary.refused[0].reason, /not a regular file|FIFO|fifo/i);
  });

  it('add --english FILE --id ID attaches the translation to a law added in Chinese alone, keeping its notes', async () => {
    await inWorkspace('add', fixturePath('pipl-2021.zh.md'), '--id', 'pipl');
    const notes = path.join(workspace, 'policy-notes');
    mkdirSync(notes);
    const note = await inWorkspace('annotate', 'pipl#13', '--author', 'Li Wei', '--note', 'legal bases', '--notes', notes, '--json');
    assert.equal(note.code, 0, note.stderr);
    const attached = await inWorkspace('add', '--english', fixturePath('pipl-2021.en.md'), '--id', 'pipl', '--notes', notes, '--json');
    assert.equal(attached.code, 0, attached.stderr);
    const result = JSON.parse(attached.stdout) as { provisions: number; aligned: number; notes: Record<string, number> };
    assert.equal(result.aligned, result.provisions);
    // A note on the whole article stays on it: the Chinese text it is bound to has not changed.
    assert.deepEqual(result.notes, { exact: 0, fuzzy: 0, whole: 1, orphaned: 0 });
    assert.match(readFileSync(path.join(notes, 'pipl', 'li-wei.yaml'), 'utf8'), /provision: 13\n/);
    const shown = JSON.parse((await inWorkspace('show', 'pipl#13', '--json')).stdout) as { text: { en: string } };
    assert.match(shown.text.en, /^A personal information processor can process personal information of an individual only if/);
  });
});
