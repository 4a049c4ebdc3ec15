import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { codingTable } from '../../../src/core/teams/agreement/codingUnits';
import { CODEBOOK, DOCUMENT, memoryWithCodebook, openStore } from '../annotations/fixtures';
import { opinionsLibrary } from '../helpers/opinions';

describe('abuse: every name is a coder', () => {
  it('gives "Иван Петров" and "Анна Смирнова" a file each, with their own name', async () => {
    const fs = memoryWithCodebook();
    const ivan = await openStore(fs, 'Иван Петров');
    const anna = await openStore(fs, 'Анна Смирнова');
    const byIvan = await ivan.add({ document: DOCUMENT, provision: 1, tags: ['security'] });
    const byAnna = await anna.add({ document: DOCUMENT, provision: 1, tags: ['innovation'] });
    assert.ok(byIvan.ok && byAnna.ok);
    assert.equal(byAnna.value.author, 'Анна Смирнова');
    assert.notEqual(ivan.pathOf(byIvan.value.id), anna.pathOf(byAnna.value.id));
    const reader = await openStore(fs, 'Reader');
    assert.deepEqual(reader.files().map((file) => [file.path, file.problems]), [
      ['notes/codebook.yaml', []],
      [`notes/${DOCUMENT}/анна-смирнова.yaml`, []],
      [`notes/${DOCUMENT}/иван-петров.yaml`, []],
    ]);
    assert.match(fs.text(`notes/${DOCUMENT}/анна-смирнова.yaml`) ?? '', /^author: Анна Смирнова$/m);
    const table = codingTable(reader.annotations(), new Map([[DOCUMENT, 25]]));
    assert.deepEqual('coders' in table && table.coders, ['Анна Смирнова', 'Иван Петров']);
  });

  it('warns, at its line, about a file whose author is not the coder its name says', async () => {
    const fs = memoryWithCodebook();
    const ivan = await openStore(fs, 'Иван Петров');
    assert.ok((await ivan.add({ document: DOCUMENT, provision: 1 })).ok);
    const ivanPath = `notes/${DOCUMENT}/иван-петров.yaml`;
    fs.setText(ivanPath, (fs.text(ivanPath) ?? '').replace('author: Иван Петров', 'author: Анна Смирнова'));
    const reader = await openStore(fs, 'Reader');
    const ivanFile = reader.files().find((file) => file.path.endsWith('иван-петров.yaml'));
    const line = (fs.text(ivanPath) ?? '').split('\n').findIndex((text) => text.startsWith('author:')) + 1;
    assert.deepEqual(
      ivanFile?.problems.map((problem) => [problem.severity, problem.line, problem.message]),
      [['warning', line, 'author "Анна Смирнова" is not the coder of this file (иван-петров.yaml): their notes belong in анна-смирнова.yaml']],
    );
    // Only a warning: the file is still written (and merged) as usual.
    assert.equal(ivanFile?.writable, true);
  });

  it('writes the file of a name of seventy rare CJK characters on a real disk', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-names-'));
    try {
      mkdirSync(path.join(root, 'notes'));
      writeFileSync(path.join(root, 'notes', 'codebook.yaml'), CODEBOOK);
      const name = String.fromCodePoint(...Array.from({ length: 70 }, (_, index) => 0x20000 + index));
      const store = await AnnotationStore.open({ fs: new NodeFileSystem(root), library: opinionsLibrary(), notesFolder: 'notes', author: name });
      const added = await store.add({ document: DOCUMENT, provision: 2 });
      assert.ok(added.ok, added.ok ? '' : added.reason);
      assert.equal(readdirSync(path.join(root, 'notes', DOCUMENT)).length, 1);
      const reread = await AnnotationStore.open({ fs: new NodeFileSystem(root), library: opinionsLibrary(), notesFolder: 'notes', author: 'Reader' });
      assert.equal(reread.annotation(added.value.id)?.author, name);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
