// The search index kept in policy-documents/.cache/ by the real extension host: written after
// the library changes, and enough on its own to answer a search in a new window.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { readIndexFile } from '../../src/core/search';
import { NotesAwareSearcher } from '../../src/vscode/search/searcher';
import { WorkspaceNotesFileSystem } from '../../src/vscode/workspaceFileSystem';
import { run } from './annotationsHelpers';
import { policyApi, waitFor } from './readingHelpers';

// test/fixtures/documents, from out/test/integration.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');
const LAW = 'index-file-law';
const PHRASE = '口岸分为一类口岸和二类口岸';

describe('search: the index kept in the workspace', function () {
  this.timeout(120_000);

  after(async () => {
    await run('removeDocument', { document: LAW });
  });

  it('is written after a law is added, and an index read from it answers before any document is read', async () => {
    const api = await policyApi();
    const added = await vscode.commands.executeCommand<{ ok: boolean; reason?: string }>('policyAnnotator.addDocument', { chinese: path.join(FIXTURES, 'ports-opening-provisions-1985.zh.md'), id: LAW });
    assert.ok(added?.ok, added?.reason);
    assert.strictEqual((await api.searchProvisions(PHRASE))[0]?.document, LAW, 'the search of this window has the law');
    const folder = vscode.workspace.workspaceFolders?.[0] ?? assert.fail('a workspace folder');
    const fs = new WorkspaceNotesFileSystem(folder.uri);
    await waitFor('the index file to hold the law', async () => (await readIndexFile(fs))?.has(LAW), 60_000);
    // A window opened now: its searcher has the file, and a library whose reading never ends.
    const neverRead = new Promise<never>(() => undefined);
    const fresh = new NotesAwareSearcher(
      () => neverRead,
      () => undefined,
      () => new vscode.Disposable(() => undefined),
      undefined,
      () => ({ read: () => readIndexFile(fs), write: async () => undefined }),
    );
    try {
      const hits = await fresh.search(PHRASE);
      assert.strictEqual(hits[0]?.document, LAW);
      assert.ok(hits[0]?.match?.text.includes(PHRASE), JSON.stringify(hits[0]));
    } finally {
      fresh.dispose();
    }
  });
});
