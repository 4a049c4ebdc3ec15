// The extension is there, activates and answers through its public API, inside a real
// VS Code (see test/integration/index.ts for how this suite is started).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-annotator.policy-annotator';

/** The repository's package.json (this file runs from out/test/integration/). */
function repositoryPackageJson(): { version: string } {
  const file = path.resolve(__dirname, '..', '..', '..', 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string };
}

describe('smoke', () => {
  it(`${EXTENSION_ID} is installed, activates and reports the package version`, async () => {
    const extension = vscode.extensions.getExtension<{ version?: unknown }>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the installed extensions`);

    const api = await extension.activate();
    assert.strictEqual(extension.isActive, true, 'the extension did not activate');
    assert.ok(api && typeof api === 'object', 'activate() returned no API object');
    assert.strictEqual(api.version, repositoryPackageJson().version);
  });

  it('opens the fixture workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    const draft = vscode.Uri.joinPath(folder.uri, 'drafts', 'paper.md');
    const stat = await vscode.workspace.fs.stat(draft);
    assert.strictEqual(stat.type, vscode.FileType.File, `${draft.toString()} is not a file`);
  });
});
