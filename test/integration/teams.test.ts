// Teams: exports, agreement, notes compared with a git revision and conflicts merged by id, in a real VS Code.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/vscode/api';
import { AUTHOR_FILE, deleteFile, readText, startAnnotating, stopAnnotating, workspaceUri, writeText } from './annotationsHelpers';
import { DOCUMENT, closeAllEditors, policyApi, waitFor } from './readingHelpers';

/** Li Wei's notes: provision 3 tagged like Zhang Min's, and a span in the English of provision 3. */
const LI_WEI_NOTES = `version: 1
document: ${DOCUMENT}
author: Li Wei
annotations:
  - id: aaaaaaa1
    provision: 3
    tags: [innovation]
    created: 2024-05-07T09:00:00Z
    updated: 2024-05-07T09:00:00Z

  - id: aaaaaaa2
    provision: 3
    span:
      language: en
      exact: digital divide
      prefix: "e mobile Internet to reduce the "
      suffix: " and arouse economic vitality, a"
      start: 122
      end: 136
    tags: [security]
    note: "Reducing the divide, with a comma."
    created: 2024-05-07T09:01:00Z
    updated: 2024-05-07T09:01:00Z
`;

const CONFLICT_FILE = `policy-notes/${DOCUMENT}/conflict-test.yaml`;

/** A sidecar as git leaves it after both branches changed one annotation and each added one. */
const CONFLICTED = `version: 1
document: ${DOCUMENT}
author: Conflict Test
annotations:
  - id: bbbbbbb1
    provision: 5
    tags: [innovation]
    created: 2024-05-07T09:00:00Z
    updated: 2024-05-07T09:00:00Z

  - id: bbbbbbb2
    provision: 12
    tags: [security]
<<<<<<< HEAD
    note: Ours.
    created: 2024-05-07T09:00:00Z
    updated: 2024-05-07T10:00:00Z

  - id: bbbbbbb3
    provision: 13
    tags: [innovation]
    created: 2024-05-07T10:00:00Z
    updated: 2024-05-07T10:00:00Z
=======
    note: Theirs.
    created: 2024-05-07T09:00:00Z
    updated: 2024-05-07T11:00:00Z

  - id: bbbbbbb4
    provision: 14
    tags: [security]
    created: 2024-05-07T11:00:00Z
    updated: 2024-05-07T11:00:00Z
>>>>>>> feature
`;

function isConflictDiagnostic(diagnostic: vscode.Diagnostic): boolean {
  return diagnostic.message.includes('git conflict marker');
}

describe('teams: exports, agreement, comparisons and conflicts', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let codebook: string | undefined;
  let fixtureCount: number;

  before(async () => {
    api = await policyApi();
    ({ codebook } = await startAnnotating(api));
    fixtureCount = (await api.getAnnotations()).length;
    await writeText(AUTHOR_FILE, LI_WEI_NOTES);
    await waitFor('Li Wei’s notes to be read', async () => (await api.getAnnotations()).length === fixtureCount + 2);
  });

  after(async () => {
    await stopAnnotating(api, codebook, [CONFLICT_FILE, 'exports/notes.csv', 'exports/notes.jsonld', 'exports/codes.qdc', 'exports/report.md', 'exports']);
  });

  it('exportAnnotations with { format, target } writes a CSV file and returns its URI', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri>('policyAnnotator.exportAnnotations', { format: 'csv', target: 'exports/notes.csv' });
    assert.ok(target instanceof vscode.Uri, `returned ${String(target)}`);
    assert.strictEqual(target.toString(), workspaceUri('exports/notes.csv').toString());
    const csv = await readText('exports/notes.csv');
    assert.ok(csv);
    const records = csv.split('\r\n').filter((line) => line !== '');
    assert.strictEqual(records[0], 'id,document,part,provision,author,tags,language,start,end,anchor,quote,note,created,updated');
    assert.strictEqual(records.length, 1 + fixtureCount + 2);
    assert.ok(records.includes('aaaaaaa2,mobile-internet-opinions-2017,1,3,Li Wei,security,en,122,136,anchored,digital divide,"Reducing the divide, with a comma.",2024-05-07T09:01:00Z,2024-05-07T09:01:00Z'), csv);
  });

  it('exportAnnotations writes JSON-LD Web Annotations, Markdown and a REFI-QDA codebook', async () => {
    await vscode.commands.executeCommand('policyAnnotator.exportAnnotations', { format: 'jsonld', target: workspaceUri('exports/notes.jsonld').toString() });
    const collection = JSON.parse((await readText('exports/notes.jsonld')) ?? '') as {
      '@context': string;
      type: string;
      total: number;
      first: { items: { id: string; type: string; target: string | { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] } }[] };
    };
    assert.strictEqual(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.strictEqual(collection.type, 'AnnotationCollection');
    assert.strictEqual(collection.total, fixtureCount + 2);
    const span = collection.first.items.find((item) => item.id === 'urn:policy-annotator:annotation:aaaaaaa2');
    assert.ok(span && typeof span.target === 'object');
    assert.strictEqual(span.target.source, `urn:policy-annotator:${DOCUMENT}:3:en`);
    assert.deepStrictEqual(
      span.target.selector.map((selector) => selector.type),
      ['TextQuoteSelector', 'TextPositionSelector'],
    );
    assert.deepStrictEqual([span.target.selector[1].start, span.target.selector[1].end], [122, 136]);

    await vscode.commands.executeCommand('policyAnnotator.exportAnnotations', { format: 'markdown', target: 'exports/report.md' });
    assert.match((await readText('exports/report.md')) ?? '', /#### ¶3 [\s\S]*- EN: “digital divide”/);
    await vscode.commands.executeCommand('policyAnnotator.exportAnnotations', { format: 'qdc', target: 'exports/codes.qdc' });
    assert.match((await readText('exports/codes.qdc')) ?? '', /^<\?xml version="1\.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1\.0" origin="Policy Annotator">/);
  });

  it('exportAnnotations refuses an unknown format', async () => {
    const result = await vscode.commands.executeCommand<{ ok: boolean; reason: string }>('policyAnnotator.exportAnnotations', { format: 'pdf' });
    assert.strictEqual(result.ok, false);
    assert.match(result.reason, /"format" must be one of markdown, csv, jsonld, qdc/);
  });

  it('showAgreement returns the report and shows it as a read-only Markdown document', async () => {
    const report = await vscode.commands.executeCommand<{ coders: string[]; units: unknown[]; tags: { tag: string; kappa?: { both: number; kappa: number | null } }[] }>('policyAnnotator.showAgreement', {});
    assert.deepStrictEqual(report.coders, ['Li Wei', 'Zhang Min']);
    assert.strictEqual(report.units.length, 24);
    const innovation = report.tags.find((tag) => tag.tag === 'innovation');
    assert.strictEqual(innovation?.kappa?.both, 1);
    const editor = await waitFor('the report to be shown', () => vscode.window.activeTextEditor?.document.uri.path === '/agreement.md' && vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^# Agreement between coders\n/);
    const byName = await vscode.commands.executeCommand<{ coders: string[] }>('policyAnnotator.showAgreement', { authors: ['zhang-min', 'li wei'] });
    assert.deepStrictEqual(byName.coders, ['Zhang Min', 'Li Wei']);
    await closeAllEditors();
  });

  it('resolveNotesConflict with { file, accept: true } merges by id, loses nothing, and the conflict diagnostic goes', async () => {
    await writeText(CONFLICT_FILE, CONFLICTED);
    const uri = workspaceUri(CONFLICT_FILE);
    await waitFor('the conflict diagnostics', () => vscode.languages.getDiagnostics(uri).some(isConflictDiagnostic), 15_000);

    // Offered as a Quick Fix on the marker line.
    const document = await vscode.workspace.openTextDocument(uri);
    const marker = document.getText().split('\n').indexOf('<<<<<<< HEAD');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(marker, 0, marker, 0));
    const fix = actions.find((action) => action.command?.command === 'policyAnnotator.resolveNotesConflict');
    assert.ok(fix, `actions: ${actions.map((action) => action.title).join(', ')}`);
    // (vscode.executeCodeActionProvider does not return an action's diagnostics, so only its kind is checked.)
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.strictEqual(fix.isPreferred, true);

    const result = await vscode.commands.executeCommand<{ written: boolean; annotations: number; conflicts: { id: string; copy: string }[] }>('policyAnnotator.resolveNotesConflict', {
      file: CONFLICT_FILE,
      accept: true,
    });
    assert.strictEqual(result.written, true);
    assert.strictEqual(result.annotations, 5);
    assert.deepStrictEqual(result.conflicts.map((conflict) => conflict.id), ['bbbbbbb2']);
    const merged = (await readText(CONFLICT_FILE)) ?? '';
    assert.doesNotMatch(merged, /^(<{7}|={7}|>{7})/m);
    await waitFor('the conflict diagnostics to go', () => !vscode.languages.getDiagnostics(uri).some(isConflictDiagnostic), 15_000);
    const annotations = await waitFor('the merged annotations', async () => {
      const found = (await api.getAnnotations()).filter((annotation) => annotation.author === 'Conflict Test');
      return found.length === 5 && found;
    });
    const ids = annotations.map((annotation) => annotation.id);
    for (const id of ['bbbbbbb1', 'bbbbbbb2', 'bbbbbbb3', 'bbbbbbb4', result.conflicts[0].copy]) {
      assert.ok(ids.includes(id), `${id} is kept`);
    }
    const versions = annotations.filter((annotation) => annotation.provision === 12);
    assert.deepStrictEqual(versions.map((annotation) => annotation.note).sort(), ['Ours.', 'Theirs.']);
    assert.ok(versions.every((annotation) => annotation.tags.includes('merge-conflict')));
    await closeAllEditors();
    await deleteFile(CONFLICT_FILE);
  });

  describe('compareNotesWithRevision', function () {

    before(async function () {
      const extension = vscode.extensions.getExtension('vscode.git');
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (!extension || !root || root.scheme !== 'file') {
        console.log('teams: the git extension is not in this host; compareNotesWithRevision is covered by the unit tests of the diff only');
        this.skip();
      }
      // The test host turns git off in its user settings; the workspace turns it back on.
      await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Workspace);
      const git = (args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root.fsPath });
      git(['init', '--quiet']);
      git(['add', '--all']);
      git(['commit', '--quiet', '--message', 'notes']);
    });

    after(async () => {
      await vscode.commands.executeCommand('policyAnnotator.closeNotesComparison');
      // The repository stays, and git stays on, until the host ends with this throw-away workspace:
      // removing .git or turning git off under the git extension makes its running git processes fail
      // (EPIPE, "not a git repository"), which mocha would blame on whichever hook is running.
    });

    it('lists the annotation changes since HEAD in words, through the git extension', async () => {
      await writeText(AUTHOR_FILE, LI_WEI_NOTES.replace('tags: [innovation]', 'tags: [innovation, privacy]'));
      await waitFor('the edit to be read', async () => (await api.getAnnotations()).some((annotation) => annotation.id === 'aaaaaaa1' && annotation.tags.includes('privacy')));
      const result = await waitFor('the git extension to open the repository', async () => {
        const outcome = await vscode.commands.executeCommand<{ revision?: string; files?: { path: string; changes: { kind: string }[] }[]; reason?: string }>('policyAnnotator.compareNotesWithRevision', {
          revision: 'HEAD',
        });
        return outcome.files ? outcome : undefined;
      }, 30_000);
      assert.strictEqual(result.revision, 'HEAD');
      assert.deepStrictEqual(
        result.files?.map((file) => [file.path, file.changes.map((change) => change.kind)]),
        [[AUTHOR_FILE, ['changed']]],
      );
      const bad = await vscode.commands.executeCommand<{ ok: boolean; reason: string }>('policyAnnotator.compareNotesWithRevision', { revision: 'no-such-branch' });
      assert.strictEqual(bad.ok, false);
      assert.match(bad.reason, /no revision "no-such-branch"/);
    });
  });
});
