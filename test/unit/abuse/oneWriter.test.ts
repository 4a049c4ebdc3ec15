import * as assert from 'node:assert/strict';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { lockPath } from '../../../src/core/storage/fileLock';
import { namedAnnotationId } from '../../../src/core/annotations/model/ids';
import { DOCUMENT, LI_WEI, NOTES, Workspace, cliIn } from '../teams/helpers';
import { fixturePath, fixtureText } from '../helpers/fixtures';
import { withInsertedArticle } from '../helpers/laws';
import { PROGRAM, program, programBytes } from './program';
import { markdownExport } from '../../../src/core/teams/export/markdownExport';
import { opinionsLibrary } from '../helpers/opinions';

const HOLDER = path.join(__dirname, 'lockHolder.js');
const CODEBOOK = `${NOTES}/codebook.yaml`;
const LAW = 'e-commerce-law-2018';

/** A process holding the lock of `file` (relative to `root`) until it is killed. */
function holding(root: string, file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [HOLDER, root, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('holding') && resolve(child));
    child.once('exit', (code) => reject(new Error(`the holder exited (${code}) before holding the lock`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** A REFI-QDA codebook of one code, as another tool exports it. */
function qdc(name: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="another tool"><Codes><Code guid="${randomUUID()}" name="${name}" isCodable="true" color="#123456"/></Codes></CodeBook>\n`;
}

describe('abuse: every writer takes its turn, every file operand is checked (real processes, real files)', function () {
  this.timeout(180_000);
  let workspace: Workspace;
  beforeEach(function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    workspace = new Workspace();
  });
  afterEach(() => workspace?.remove());

  describe('import', () => {
    it('waits for the lock of codebook.yaml while another writer holds it, then merges', async () => {
      workspace.write('codes.qdc', qdc('Platform economy'));
      const holder = await holding(workspace.root, CODEBOOK);
      const before = workspace.read(CODEBOOK);
      const importing = program(workspace.root, ['import', '--format', 'qdc', 'codes.qdc']);
      // Longer than an import takes: one that does not wait has written by now.
      const early = await Promise.race([importing, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_500))]);
      assert.equal(early, undefined, 'import finished while another writer held the lock');
      assert.equal(workspace.read(CODEBOOK), before);
      await killed(holder);
      const imported = await importing;
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(workspace.read(CODEBOOK), /label:\n\s+en: Platform economy\n/);
    });

    it('six imports at once, each adding its own code, keep all six', async () => {
      const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
      names.forEach((name) => workspace.write(`${name}.qdc`, qdc(name)));
      const runs = await Promise.all(names.map((name) => program(workspace.root, ['import', '--format', 'qdc', `${name}.qdc`])));
      runs.forEach((run) => assert.equal(run.code, 0, run.stderr));
      const codebook = workspace.read(CODEBOOK);
      assert.deepEqual(
        names.filter((name) => !codebook.includes(`en: ${name}\n`)),
        [],
      );
    });
  });

  describe('the file operands', () => {
    let outside: string;
    beforeEach(() => {
      outside = mkdtempSync(path.join(tmpdir(), 'policy-annotator-outside-'));
    });
    afterEach(() => rmSync(outside, { recursive: true, force: true }));

    it('a FIFO given to add, import, diff --textconv or merge-driver is refused at once, naming it (it hung)', async () => {
      execFileSync('mkfifo', [path.join(workspace.root, 'pipe')]);
      const sidecar = path.join(workspace.root, 'base.yaml');
      writeFileSync(sidecar, 'version: 1\n');
      for (const argv of [['add', 'pipe'], ['import', '--format', 'qdc', 'pipe'], ['diff', '--textconv', 'pipe'], ['merge-driver', 'base.yaml', 'base.yaml', 'pipe']]) {
        const run = await program(workspace.root, argv, 10_000);
        assert.equal(run.hung, false, `${argv.join(' ')} hung`);
        assert.notEqual(run.code, 0, argv.join(' '));
        assert.match(run.stderr, /pipe: this is a FIFO, not a regular file/, argv.join(' '));
      }
    });

    it('a device or a 200 MB file is refused before it is read', async () => {
      const huge = path.join(outside, 'huge.md');
      writeFileSync(huge, '');
      truncateSync(huge, 200 * 1024 * 1024);
      const device = await program(workspace.root, ['add', '/dev/zero'], 10_000);
      assert.equal(device.hung, false);
      assert.match(device.stderr, /\/dev\/zero: this is a device, not a regular file/);
      for (const argv of [['add', huge], ['import', '--format', 'qdc', huge]]) {
        const run = await program(workspace.root, argv, 10_000);
        assert.equal(run.hung, false, argv.join(' '));
        assert.equal(run.code, 1, argv.join(' '));
        assert.match(run.stderr, /the file is 200\.0 MB; files over \d+ MB are not read/, argv.join(' '));
      }
    });

    it('diff --textconv on a committed link to a file outside the workspace does not print it', async () => {
      const secret = path.join(outside, 'id_rsa');
      writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret-material\n');
      symlinkSync(secret, path.join(workspace.root, NOTES, 'linked.yaml'));
      const run = await program(workspace.root, ['diff', '--textconv', `${NOTES}/linked.yaml`]);
      assert.equal(run.code, 1, run.stdout);
      assert.ok(!(run.stdout + run.stderr).includes('secret-material'), run.stdout + run.stderr);
      assert.match(run.stderr, /linked\.yaml leads out of/);
    });
  });

  describe('linked notes', () => {
    let outside: string;
    beforeEach(() => {
      outside = mkdtempSync(path.join(tmpdir(), 'policy-annotator-outside-'));
    });
    afterEach(() => rmSync(outside, { recursive: true, force: true }));

    it('a coder file linked out of the workspace is reported by check and export (exit 1, named), not left out in silence', async () => {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1 });
      writeFileSync(path.join(outside, 'zhang-min.yaml'), workspace.read(LI_WEI).replace('author: Li Wei', 'author: Zhang Min'));
      symlinkSync(path.join(outside, 'zhang-min.yaml'), path.join(workspace.root, NOTES, DOCUMENT, 'zhang-min.yaml'));
      for (const argv of [['check'], ['export', '--format', 'csv'], ['stats']]) {
        const run = await program(workspace.root, argv);
        assert.equal(run.code, 1, `${argv.join(' ')}: ${run.stdout}`);
        assert.match(run.stdout + run.stderr, /zhang-min\.yaml/, argv.join(' '));
      }
    });

    it('a notes folder that is a link to a folder outside is neither read nor written', async () => {
      rmSync(path.join(workspace.root, NOTES), { recursive: true });
      symlinkSync(outside, path.join(workspace.root, NOTES));
      const run = await program(workspace.root, ['annotate', `${DOCUMENT}#1`, '--author', 'Li Wei']);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /policy-notes is a link to .*, outside the workspace/);
      assert.deepEqual(readdirSync(outside), []);
    });
  });

  describe('saves', () => {
    it('a save that would pass the 5 MB read limit is refused with a message, nothing written (autocode wrote 15 MB)', async () => {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1, note: 'x'.repeat(5 * 1024 * 1024 - 4_000) });
      const before = workspace.read(LI_WEI);
      const run = await program(workspace.root, ['annotate', `${DOCUMENT}#2`, '--author', 'Li Wei', '--note', 'y'.repeat(100_000)]);
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stderr, /li-wei\.yaml was not written: it would be 5\.\d MB, and files over 5 MB are not read/);
      assert.equal(workspace.read(LI_WEI), before);
      assert.equal((await program(workspace.root, ['check'])).code, 0, 'every command still reads the notes');
    });

    it('an empty lock left by a writer killed between create and write is taken over within seconds (it took 10–16 s)', async () => {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1 });
      writeFileSync(path.join(workspace.root, lockPath(LI_WEI)), '');
      const run = await program(workspace.root, ['annotate', `${DOCUMENT}#2`, '--author', 'Li Wei'], 9_000);
      assert.equal(run.hung, false, 'the save waited for the empty lock as for a live one');
      assert.equal(run.code, 0, run.stderr);
      assert.ok(!existsSync(path.join(workspace.root, lockPath(LI_WEI))));
    });

    it('a lock that is a folder gets a message saying what to remove', async () => {
      await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1 });
      mkdirSync(path.join(workspace.root, lockPath(LI_WEI)));
      const run = await program(workspace.root, ['annotate', `${DOCUMENT}#2`, '--author', 'Li Wei'], 10_000);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /li-wei\.yaml\.lock is in the way of saves and is not a lock file \(this is a folder, not a regular file.*\): remove it if no save is running/);
    });
  });

  describe('annotate as the editor does', () => {
    it('adds a tag the codebook lacks, and makes the notes folder where there is none', async () => {
      const added = await program(workspace.root, ['annotate', `${DOCUMENT}#3`, '--author', 'Li Wei', '--tags', 'security,Platform economy']);
      assert.equal(added.code, 0, added.stderr);
      assert.match(workspace.read(CODEBOOK), /- id: platform-economy\n/);
      assert.match(workspace.read(LI_WEI), /tags: \[security, platform-economy\]\n/);
      rmSync(path.join(workspace.root, NOTES), { recursive: true });
      const fresh = await program(workspace.root, ['annotate', `${DOCUMENT}#3`, '--author', 'Li Wei', '--tags', 'privacy']);
      assert.equal(fresh.code, 0, fresh.stderr);
      assert.match(workspace.read(LI_WEI), /tags: \[privacy\]\n/);
      assert.equal((await program(workspace.root, ['check'])).code, 0);
    });
  });

  describe('merge-driver', () => {
    it('never resolves to a file that is not a valid notes file without conflict markers (a broken side far from the other change)', async function () {
      const repository = new Workspace({ git: true });
      try {
        repository.write('.gitattributes', 'policy-notes/**/*.yaml merge=policy-notes\n');
        repository.git('config', 'merge.policy-notes.driver', `"${process.execPath}" "${PROGRAM}" merge-driver %O %A %B`);
        await repository.annotate('Li Wei', { document: DOCUMENT, provision: 3 }, { document: DOCUMENT, provision: 5 }, { document: DOCUMENT, provision: 7 });
        repository.commit('three annotations');
        repository.git('branch', 'other');
        await repository.annotate('Li Wei', { document: DOCUMENT, provision: 4, note: 'ours' });
        repository.commit('ours');
        repository.git('checkout', '--quiet', 'other');
        repository.write(LI_WEI, `${repository.read(LI_WEI)}  - id: [broken\n`);
        repository.commit('theirs, broken');
        repository.git('checkout', '--quiet', 'main');
        assert.equal(repository.merge('other'), false, 'git stopped for a person');
        assert.match(repository.git('status', '--short'), /^UU policy-notes\//m);
      } finally {
        repository.remove();
      }
    });
    it('keeps the comments theirs wrote by hand on a clean merge, with ours\' (it dropped theirs)', async function () {
      const repository = new Workspace({ git: true });
      try {
        repository.write('.gitattributes', 'policy-notes/**/*.yaml merge=policy-notes\n');
        repository.git('config', 'merge.policy-notes.driver', `"${process.execPath}" "${PROGRAM}" merge-driver %O %A %B`);
        const [, second] = await repository.annotate('Li Wei', { document: DOCUMENT, provision: 3 }, { document: DOCUMENT, provision: 5, note: 'five' }, { document: DOCUMENT, provision: 7 });
        repository.commit('three annotations');
        repository.git('branch', 'other');
        await repository.annotate('Li Wei', { document: DOCUMENT, provision: 4, note: 'ours' });
        repository.write(LI_WEI, repository.read(LI_WEI).replace('note: ours\n', 'note: ours # from the workshop\n'));
        repository.commit('ours');
        repository.git('checkout', '--quiet', 'other');
        const [added] = await repository.annotate('Li Wei', { document: DOCUMENT, provision: 6, note: 'theirs' });
        assert.ok((await (await repository.open('Li Wei')).update(second.id, { note: 'five, theirs' })).ok);
        const commented = repository
          .read(LI_WEI)
          .replace(`  - id: ${added.id}\n`, `  # theirs: ask Wang about this one\n  - id: ${added.id}\n`)
          .replace('note: five, theirs\n', 'note: five, theirs # after the second reading\n');
        repository.write(LI_WEI, `# theirs: round two\n${commented}`);
        repository.commit('theirs');
        repository.git('checkout', '--quiet', 'main');
        assert.equal(repository.merge('other'), true, repository.git('status', '--short'));
        const text = repository.read(LI_WEI);
        assert.match(text, /^# theirs: round two\n/);
        assert.match(text, new RegExp(`# theirs: ask Wang about this one\\n {2}- id: ${added.id}\\n`));
        assert.match(text, /note: five, theirs # after the second reading\n/);
        assert.match(text, /note: ours # from the workshop\n/);
        assert.equal((await program(repository.root, ['check'])).code, 0);
      } finally {
        repository.remove();
      }
    });
  });

  describe('output', () => {
    it('CSV neutralises full-width and space-led formulas; Markdown drops javascript: and data: links; stdout and -o hold the same bytes', async () => {
      const notes = ['＝HYPERLINK("http://evil.example")', ' =1+1', '\t@SUM(A1)', '＋1', '[click](javascript:alert(1)) and [img](DATA:text/html;base64,PHNjcmlwdD4=) and [ok](https://example.org)', `right\u200f-to-left \u001b[2K`];
      await workspace.annotate('Li Wei', ...notes.map((note, index) => ({ document: DOCUMENT, provision: index + 1, note })));
      const csv = await program(workspace.root, ['export', '--format', 'csv']);
      assert.equal(csv.code, 0, csv.stderr);
      for (const cell of ['\'＝HYPERLINK', "' =1+1", "'\t@SUM(A1)", "'＋1"]) {
        assert.ok(csv.stdout.includes(cell), `${cell} in ${csv.stdout}`);
      }
      const markdown = await program(workspace.root, ['export', '--format', 'markdown']);
      assert.ok(!/javascript:|data:/i.test(markdown.stdout), markdown.stdout);
      assert.match(markdown.stdout, /click and img and \[ok\]\(https:\/\/example\.org\)/);
      for (const format of ['csv', 'markdown', 'jsonld']) {
        const printed = await programBytes(workspace.root, ['export', '--format', format]);
        assert.equal((await program(workspace.root, ['export', '--format', format, '-o', `out.${format}`])).code, 0);
        assert.ok(printed.equals(readFileSync(path.join(workspace.root, `out.${format}`))), `export --format ${format} > file and -o file differ`);
      }
    });

    it('a Markdown export of 20,000 annotations on one provision does not overflow the stack', () => {
      const annotations = Array.from({ length: 20_000 }, (_, index) => ({
        id: namedAnnotationId(`many ${index}`),
        document: DOCUMENT,
        provision: 1,
        tags: [],
        note: `note ${index}`,
        author: 'Li Wei',
        created: '2026-12-01T10:00:00Z',
        updated: '2026-12-01T10:00:00Z',
      }));
      const text = markdownExport({ library: opinionsLibrary(), codebook: { tags: [] }, annotations });
      assert.equal(text.match(/^- Li Wei, /gm)?.length, 20_000);
    });
  });

  describe('ids', () => {
    it('refuses a document id Windows reserves (con, nul …), and never derives one', async () => {
      writeFileSync(path.join(workspace.root, 'nul.md'), fixtureText(`${LAW}.zh.md`));
      const given = await program(workspace.root, ['add', 'nul.md', '--id', 'con']);
      assert.equal(given.code, 2);
      assert.match(given.stderr, /"con" is a name Windows reserves for a device/);
      const derived = await program(workspace.root, ['add', 'nul.md', '--json']);
      assert.equal(derived.code, 0, derived.stderr);
      assert.equal((JSON.parse(derived.stdout) as { id: string }).id, 'nul-document');
    });
  });

  describe('add --replace', () => {
    const CODERS = ['li-wei', 'zhang-min', 'wang-fang', 'chen-jie', 'liu-yang', 'zhao-lei'];
    let folder: string;
    beforeEach(async () => {
      folder = workspace.root;
      const added = await cliIn(folder, ['add', fixturePath(`${LAW}.zh.md`), '--folder', folder]);
      assert.equal(added.code, 0, added.stderr);
      // Many notes on every article of every coder's file: the replacement writes for a while.
      const annotations = (author: string) =>
        Array.from({ length: 400 }, (_, index) => ({
          id: namedAnnotationId(`${author} ${index}`),
          provision: (index % 89) + 1,
          tags: [],
          note: `note ${index} of ${author}`,
          created: '2026-12-01T10:00:00Z',
          updated: '2026-12-01T10:00:00Z',
        }));
      for (const coder of CODERS) {
        workspace.write(`${NOTES}/${LAW}/${coder}.yaml`, serialise(SIDECAR_FORMAT, { document: LAW, author: coder, annotations: annotations(coder) } as never));
      }
      workspace.write('corrected.zh.md', withInsertedArticle(fixtureText(`${LAW}.zh.md`)));
    });

    /** Every file the replacement changes, with its bytes. */
    function snapshot(): Map<string, string> {
      const files = new Map<string, string>();
      for (const folderPath of [`policy-documents/${LAW}`, `${NOTES}/${LAW}`]) {
        for (const name of readdirSync(path.join(folder, folderPath)).sort()) {
          files.set(`${folderPath}/${name}`, readFileSync(path.join(folder, folderPath, name), 'utf8'));
        }
      }
      return files;
    }

    it('killed at any point, leaves the old numbering everywhere or the new one everywhere', async () => {
      const before = snapshot();
      const check = await program(folder, ['check'], 60_000);
      assert.equal(check.code, 0, check.stdout + check.stderr);
      const started = Date.now();
      const whole = await program(folder, ['add', 'corrected.zh.md', '--id', LAW, '--replace'], 60_000);
      const takes = Date.now() - started;
      assert.equal(whole.code, 0, whole.stderr);
      const after = snapshot();
      assert.notDeepEqual(after, before);
      const outcomes: string[] = [];
      for (let run = 0; run < 12; run++) {
        for (const [file, text] of before) {
          workspace.write(file, text);
        }
        for (const file of after.keys()) {
          if (!before.has(file)) {
            rmSync(path.join(folder, file), { force: true });
          }
        }
        // Killed at points spread over the second half of a replacement, where it reads and writes the files.
        const killAfter = Math.round(takes * (0.45 + run * 0.05));
        await program(folder, ['add', 'corrected.zh.md', '--id', LAW, '--replace'], killAfter);
        // Any next command finishes or undoes what the killed one left.
        const next = await program(folder, ['list', '--document', LAW, '--json'], 60_000);
        assert.equal(next.code, 0, next.stderr);
        const now = snapshot();
        const state = sameFiles(now, before) ? 'old' : sameFiles(now, after) ? 'new' : 'mixed';
        outcomes.push(state);
        assert.notEqual(state, 'mixed', `killed after ${killAfter} ms: ${[...now.keys()].filter((file) => now.get(file) !== before.get(file) && now.get(file) !== after.get(file)).join(', ')} ${[...now.keys()].filter((file) => now.get(file) === before.get(file) && before.get(file) !== after.get(file)).join(', ')}`);
      }
    });
  });
});

/** The same files with the same bytes; leftovers of a killed save (a lock, a temporary file) aside. */
function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  const kept = (files: ReadonlyMap<string, string>) => [...files].filter(([file]) => !/\.(?:lock|tmp-\w+|txn-\w+)$/.test(file));
  return JSON.stringify(kept(a)) === JSON.stringify(kept(b));
}
