// Hostile notes files in a real VS Code: a codebook.yaml that git checked out as a link to a file
// outside the workspace, or that is a FIFO, is refused by the workspace.fs adapter with a located
// diagnostic, and nothing of what it points at reaches the views.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { CODEBOOK_FILE, FIXTURE_ANNOTATIONS, startAnnotating, stopAnnotating, workspaceUri, writeText } from './annotationsHelpers';
import { policyApi, waitFor } from './readingHelpers';

const SECRET = 'TOP-SECRET-4242';

/** A valid codebook, so that a link followed would show its tag in the Tags view. */
const SECRET_CODEBOOK = `version: 1\ntags:\n  - id: exfiltrated\n    label: {en: ${SECRET}, zh: ${SECRET}}\n    description: ${SECRET}\n    color: '#123456'\n`;

function codebookDiagnostics(): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(workspaceUri(CODEBOOK_FILE)).filter((diagnostic) => diagnostic.source === 'Policy Annotator');
}

describe('hostile files: the workspace.fs adapter in a real VS Code', function () {
  this.timeout(60_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;
  let outside: string;
  const codebookPath = () => workspaceUri(CODEBOOK_FILE).fsPath;

  before(async function () {
    if (process.platform === 'win32' || vscode.workspace.workspaceFolders?.[0]?.uri.scheme !== 'file') {
      // Links and FIFOs are made on the disk that the workspace is on.
      this.skip();
    }
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.yaml'), SECRET_CODEBOOK);
  });

  after(async () => {
    // Set up or not, the fixture's codebook is left as it was.
    if (!api || codebook === undefined) {
      return;
    }
    fs.rmSync(codebookPath(), { force: true });
    await writeText(CODEBOOK_FILE, codebook);
    await waitFor('the codebook to be read again', () => codebookDiagnostics().length === 0, 10_000);
    fs.rmSync(outside, { recursive: true, force: true });
    await stopAnnotating(api, codebook);
  });

  /** Swaps codebook.yaml for what `make` puts at its path, and waits for the store's diagnostic. */
  async function replacedBy(make: (target: string) => void, expected: RegExp): Promise<vscode.Diagnostic> {
    fs.rmSync(codebookPath(), { force: true });
    make(codebookPath());
    return waitFor(
      `a diagnostic on ${CODEBOOK_FILE} matching ${expected}`,
      () => codebookDiagnostics().find((diagnostic) => expected.test(diagnostic.message)),
      10_000,
    );
  }

  async function nothingOfTheSecretShown(): Promise<void> {
    const tags = await api.describeTagsView();
    assert.ok(
      tags.children.every((item) => !JSON.stringify(item).includes(SECRET)),
      JSON.stringify(tags.children),
    );
    for (const diagnostic of vscode.languages.getDiagnostics().flatMap(([, found]) => found)) {
      assert.ok(!diagnostic.message.includes(SECRET), diagnostic.message);
    }
    // The rest of the notes are read as before.
    assert.strictEqual((await api.getAnnotations()).length, FIXTURE_ANNOTATIONS);
  }

  it('refuses a codebook.yaml linked to a file outside the workspace: a diagnostic at its start, none of the file shown', async () => {
    const problem = await replacedBy((target) => fs.symlinkSync(path.join(outside, 'secret.yaml'), target), /symbolic link/);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(problem.range.start.line, 0);
    await nothingOfTheSecretShown();
  });

  it('refuses a codebook.yaml that is a FIFO at once, without waiting for a writer', async function () {
    try {
      execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    } catch {
      this.skip();
    }
    const problem = await replacedBy((target) => execFileSync('mkfifo', [target]), /not a regular file/);
    assert.strictEqual(problem.severity, vscode.DiagnosticSeverity.Error);
    await nothingOfTheSecretShown();
    assert.ok(fs.statSync(codebookPath()).isFIFO(), 'the FIFO is left as it is');
  });
});
