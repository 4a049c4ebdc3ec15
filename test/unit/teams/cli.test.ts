import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TagStatistics } from '../../../src/core/teams/agreement/tagStatistics';
import { spanOf } from '../annotations/fixtures';
import { CODEBOOK, DOCUMENT, LI_WEI, NOTES, Workspace, cliIn } from './helpers';

describe('policy-annotator: team commands', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    workspace = new Workspace();
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 15, span: spanOf(15, 'personal information'), tags: ['privacy'] }, { document: DOCUMENT, provision: 3, tags: ['innovation', 'security'] });
    await workspace.annotate('张敏', { document: DOCUMENT, provision: 15, tags: ['privacy', 'security'] }, { document: DOCUMENT, provision: 3, tags: ['innovation'] });
  });
  afterEach(() => workspace.remove());

  describe('check', () => {
    it('exits 0 with a summary when the notes are fine', async () => {
      const { code, stdout } = await cliIn(workspace.root, ['check']);
      assert.equal(code, 0);
      assert.equal(stdout, '3 files checked in policy-notes: 0 errors, 0 warnings.\n');
    });

    it('exits 1 on a broken sidecar and names file:line:col', async () => {
      workspace.write(LI_WEI, workspace.read(LI_WEI).replace('provision: 15', 'provision: 99'));
      const { code, stdout } = await cliIn(workspace.root, ['check']);
      assert.equal(code, 1);
      const line = workspace.read(LI_WEI).split('\n').findIndex((text) => text.includes('provision: 99')) + 1;
      assert.match(stdout, new RegExp(`^${LI_WEI}:${line}:5: error: ${DOCUMENT} has no provision 99 \\(it has 1–24\\)$`, 'm'));
      assert.match(stdout, /^3 files checked in policy-notes: 1 error, 0 warnings\.$/m);
    });

    it('reports conflict markers, unknown tags and quotes no longer in the text, with --json', async () => {
      const text = workspace.read(LI_WEI);
      workspace.write(LI_WEI, text.replace('exact: personal information', 'exact: words the text never had').replace('tags: [privacy]', 'tags: [privacy, ghost]'));
      const { code, stdout } = await cliIn(workspace.root, ['check']);
      assert.equal(code, 0, 'warnings only');
      assert.match(stdout, /li-wei\.yaml:\d+:\d+: warning: unknown tag "ghost": it is not in the codebook/);
      assert.match(stdout, /li-wei\.yaml:\d+:7: warning: the quote "words the text never had" \(en\) is no longer in ¶15/);
      workspace.write(`${NOTES}/${DOCUMENT}/张敏.yaml`, `<<<<<<< HEAD\n${workspace.read(`${NOTES}/${DOCUMENT}/张敏.yaml`)}=======\n>>>>>>> other\n`);
      const json = await cliIn(workspace.root, ['check', NOTES, '--json']);
      assert.equal(json.code, 1);
      const report = JSON.parse(json.stdout) as { files: { path: string; problems: { line: number; severity: string; message: string }[] }[]; summary: { errors: number } };
      assert.equal(report.summary.errors, 3);
      assert.deepEqual(report.files.find((file) => file.path.endsWith('张敏.yaml'))?.problems.map((problem) => problem.line).slice(0, 1), [1]);
    });

    it('exits 2 for a folder that does not exist', async () => {
      const { code, stderr } = await cliIn(workspace.root, ['check', 'nowhere']);
      assert.equal(code, 2);
      assert.equal(stderr, 'policy-annotator: there is no notes folder "nowhere"\n');
    });
  });

  describe('export and import', () => {
    it('writes a CSV and a JSON-LD file with --output', async () => {
      const csv = await cliIn(workspace.root, ['export', '--format', 'csv', '--output', 'notes.csv']);
      assert.equal(csv.code, 0, csv.stderr);
      assert.equal(csv.stdout, 'Wrote 4 annotations to notes.csv (csv).\n');
      assert.equal(readFileSync(path.join(workspace.root, 'notes.csv'), 'utf8').split('\r\n').length, 6);
      const jsonld = await cliIn(workspace.root, ['export', NOTES, '--format=jsonld', '-o', 'notes.jsonld']);
      assert.equal(jsonld.code, 0, jsonld.stderr);
      assert.equal((JSON.parse(readFileSync(path.join(workspace.root, 'notes.jsonld'), 'utf8')) as { total: number }).total, 4);
    });

    it('writes each export in pieces: the file, what is printed and --json hold the same bytes', async () => {
      for (const format of ['markdown', 'csv', 'jsonld', 'qdc']) {
        assert.equal((await cliIn(workspace.root, ['export', '--format', format, '-o', `out.${format}`])).code, 0);
        const written = workspace.read(`out.${format}`);
        const printed = await cliIn(workspace.root, ['export', '--format', format]);
        assert.equal(printed.stdout, written, format);
        const json = JSON.parse((await cliIn(workspace.root, ['export', '--format', format, '--json'])).stdout) as { content: string };
        assert.equal(json.content, written, format);
      }
      // The JSON-LD, made an annotation at a time, is the text one JSON.stringify of it gives.
      const jsonld = workspace.read('out.jsonld');
      assert.equal(jsonld, `${JSON.stringify(JSON.parse(jsonld), null, 2)}\n`);
      assert.equal((JSON.parse(jsonld) as { first: { items: unknown[] } }).first.items.length, 4);
      // An export written again over itself replaces it whole.
      workspace.write('out.jsonld', 'x'.repeat(jsonld.length * 2));
      assert.equal((await cliIn(workspace.root, ['export', '--format', 'jsonld', '-o', 'out.jsonld'])).code, 0);
      assert.equal(workspace.read('out.jsonld'), jsonld);
    });

    it('exports no annotations as an empty collection', async () => {
      const empty = new Workspace();
      try {
        const jsonld = (await cliIn(empty.root, ['export', '--format', 'jsonld'])).stdout;
        assert.equal(jsonld, `${JSON.stringify(JSON.parse(jsonld), null, 2)}\n`);
        assert.deepEqual((JSON.parse(jsonld) as { first: { items: unknown[] } }).first.items, []);
      } finally {
        empty.remove();
      }
    });

    it('prints an export without --output; refuses a missing or unknown format', async () => {
      const markdown = await cliIn(workspace.root, ['export', '--format', 'markdown']);
      assert.match(markdown.stdout, /^# Policy annotations\n/);
      assert.equal((await cliIn(workspace.root, ['export'])).code, 2);
      const unknown = await cliIn(workspace.root, ['export', '--format', 'pdf']);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /export needs --format markdown\|csv\|jsonld\|qdc, not "pdf"/);
    });

    it('exports the codebook as .qdc and imports it back unchanged; imports a new code', async () => {
      assert.equal((await cliIn(workspace.root, ['export', '--format', 'qdc', '-o', 'codes.qdc'])).code, 0);
      const same = await cliIn(workspace.root, ['import', '--format', 'qdc', 'codes.qdc']);
      assert.equal(same.code, 0, same.stderr);
      assert.equal(same.stdout, 'policy-notes/codebook.yaml: 0 tags added, 0 updated, 3 unchanged; nothing written.\n');
      assert.equal(workspace.read(`${NOTES}/codebook.yaml`), CODEBOOK);
      workspace.write('codes.qdc', workspace.read('codes.qdc').replace('</Codes>', '<Code guid="0d62985d-b147-5d01-a9b5-cae5dcd98342" name="Platform economy" isCodable="true" color="#123456"/></Codes>'));
      const added = await cliIn(workspace.root, ['import', '--format', 'qdc', 'codes.qdc', NOTES]);
      assert.match(added.stdout, /1 tags added \(platform-economy\)/);
      assert.match(workspace.read(`${NOTES}/codebook.yaml`), /# Everything about control[\s\S]*- id: platform-economy\n {4}label:\n {6}en: Platform economy/);
      assert.equal((await cliIn(workspace.root, ['check'])).code, 0);
    });

    it('import creates a codebook in a new folder, and refuses to touch one with errors', async () => {
      assert.equal((await cliIn(workspace.root, ['export', '--format', 'qdc', '-o', 'codes.qdc'])).code, 0);
      assert.equal((await cliIn(workspace.root, ['import', '--format', 'qdc', 'codes.qdc', 'other-notes'])).code, 0);
      assert.ok(existsSync(path.join(workspace.root, 'other-notes', 'codebook.yaml')));
      workspace.write(`${NOTES}/codebook.yaml`, 'version: 1\ntags: 3\n');
      const refused = await cliIn(workspace.root, ['import', '--format', 'qdc', 'codes.qdc']);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /codebook\.yaml is not changed while it has errors/);
      assert.equal((await cliIn(workspace.root, ['import', 'codes.qdc'])).code, 2);
    });
  });

  describe('agreement and stats', () => {
    it('agreement: a table with the counts, --json, --authors', async () => {
      const { code, stdout } = await cliIn(workspace.root, ['agreement']);
      assert.equal(code, 0);
      assert.match(stdout, /^\| innovation +\| +1 \| +1 \| +1 \| +0 \| +0 \| +23 \| +1\.000 \| +0\.920 \| +1\.000 \| +48 \|/m);
      const json = JSON.parse((await cliIn(workspace.root, ['agreement', '--authors', 'li-wei,张敏', '--json'])).stdout) as { coders: string[]; tags: { tag: string; kappa: { kappa: number | null } }[] };
      assert.deepEqual(json.coders, ['Li Wei', '张敏']);
      assert.equal(json.tags.find((tag) => tag.tag === 'privacy')?.kappa.kappa, 1);
      const one = await cliIn(workspace.root, ['agreement', '--authors', 'Li Wei']);
      assert.equal(one.code, 2);
      assert.match(one.stderr, /two coders/);
    });

    it('stats: tag × part and co-occurrence', async () => {
      const { stdout } = await cliIn(workspace.root, ['stats']);
      assert.match(stdout, /^\| security +\| +1 \| +1 \| +2 \|$/m);
      assert.match(stdout, /^\| security \+ privacy +\| +1 \|$/m);
      const json = JSON.parse((await cliIn(workspace.root, ['stats', '--json'])).stdout) as TagStatistics;
      assert.deepEqual(json.tags, ['innovation', 'security', 'privacy']);
      assert.deepEqual(json.parts, [1, 4]);
      assert.deepEqual(json.byPart, [[2, 0], [1, 1], [0, 2]]);
      assert.deepEqual(json.provisionsByTag, [1, 2, 1]);
      assert.deepEqual(json.cooccurrence, [
        { first: 'innovation', second: 'security', provisions: 1 },
        { first: 'security', second: 'privacy', provisions: 1 },
      ]);
    });
  });
});
