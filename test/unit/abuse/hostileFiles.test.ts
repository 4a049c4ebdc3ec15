import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { opinionsLibrary } from '../helpers/opinions';
import { DOCUMENT, LI_WEI, NOTES, Workspace, cliIn } from '../teams/helpers';

const SECRET = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n';
const isPosix = process.platform !== 'win32';

describe('abuse: hostile files in the notes folder', function () {
  this.timeout(30_000);
  let workspace: Workspace;
  let outside: string;
  beforeEach(async () => {
    workspace = new Workspace();
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 3, tags: ['innovation'] });
    outside = mkdtempSync(path.join(tmpdir(), 'policy-annotator-outside-'));
  });
  afterEach(() => {
    workspace.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  const codebook = () => path.join(workspace.root, NOTES, 'codebook.yaml');

  it('prints none of a secret file that codebook.yaml links to', async () => {
    for (const secret of [SECRET, 'version: 1\ntags: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and the rest of the secret"\n', `${'x'.repeat(300)}: 1\n`]) {
      writeFileSync(path.join(outside, 'secret'), secret);
      rmSync(codebook(), { force: true });
      symlinkSync(path.join(outside, 'secret'), codebook());
      const { code, stdout, stderr } = await cliIn(workspace.root, ['check']);
      assert.equal(code, 1);
      for (const word of ['wJalrXUtnFEMI', 'b3BlbnNzaC1rZXk', 'OPENSSH', 'x'.repeat(40)]) {
        assert.ok(!stdout.includes(word) && !stderr.includes(word), stdout);
      }
      assert.match(stdout, /^policy-notes\/codebook\.yaml:1:1: error: policy-notes\/codebook\.yaml leads out of policy-notes \(through a symbolic link\): it is not read or written$/m);
    }
  });

  it('shows at most a short, escaped excerpt of a value in a message', async () => {
    writeFileSync(codebook(), `version: 1\ntags: "\u001b]0;pwned\u0007${'secret words '.repeat(20)}"\n`);
    const { stdout } = await cliIn(workspace.root, ['check']);
    const line = stdout.split('\n').find((text) => text.startsWith(`${NOTES}/codebook.yaml:2`)) ?? '';
    assert.match(line, /must be a list, not the text "\\u001b\]0;pwned\\u0007secret words secret w…"$/);
    assert.ok(!stdout.includes('\u001b'));
  });

  it('ends at once with a clear error when codebook.yaml is /dev/zero, a FIFO or too large', async function () {
    if (!isPosix) {
      this.skip();
    }
    rmSync(codebook());
    symlinkSync('/dev/zero', codebook());
    const zero = await cliIn(workspace.root, ['check']);
    assert.equal(zero.code, 1);
    assert.match(zero.stdout, /codebook\.yaml:1:1: error: .*codebook\.yaml leads out of policy-notes/);
    // Inside the folder: a device node cannot be made without privileges, a FIFO can.
    rmSync(codebook());
    execFileSync('mkfifo', [codebook()]);
    const fifo = await cliIn(workspace.root, ['check']);
    assert.equal(fifo.code, 1);
    assert.match(fifo.stdout, /codebook\.yaml:1:1: error: this is a FIFO, not a regular file: it is not read$/m);
    rmSync(codebook());
    // Sparse: 9 GB that take no room, refused by its size before a byte is read.
    execFileSync('truncate', ['-s', '9G', codebook()]);
    const started = process.hrtime.bigint();
    const huge = await cliIn(workspace.root, ['check']);
    assert.equal(huge.code, 1);
    assert.match(huge.stdout, /codebook\.yaml:1:1: error: the file is 9216\.0 MB; files over 5 MB are not read$/m);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 5, 'not read');
  });

  it('never writes through a document folder that links out of the notes folder: the store refuses to open, naming it', async () => {
    const documentFolder = path.join(workspace.root, NOTES, DOCUMENT);
    rmSync(documentFolder, { recursive: true });
    symlinkSync(outside, documentFolder);
    const fs = new NodeFileSystem(workspace.root, path.join(workspace.root, NOTES));
    await assert.rejects(
      AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Zhang Min' }),
      new RegExp(`${DOCUMENT} leads out of .*policy-notes \\(through a symbolic link\\)`),
    );
    assert.deepEqual(readdirSync(outside), []);
  });

  it('reads a notes folder that is a link inside the workspace, and links that stay inside it; refuses one that leads out', async () => {
    const real = path.join(workspace.root, 'real-notes');
    mkdirSync(real);
    execFileSync('cp', ['-r', `${path.join(workspace.root, NOTES)}/.`, real]);
    rmSync(path.join(workspace.root, NOTES), { recursive: true });
    symlinkSync(real, path.join(workspace.root, NOTES));
    symlinkSync(path.join(real, 'codebook.yaml'), path.join(real, 'codebook-link.yaml'));
    const { code, stdout } = await cliIn(workspace.root, ['check']);
    assert.equal(code, 0, stdout);
    assert.ok(readdirSync(path.join(real, DOCUMENT)).includes(path.basename(LI_WEI)));
    execFileSync('mv', [real, path.join(outside, 'notes')]);
    rmSync(path.join(workspace.root, NOTES));
    symlinkSync(path.join(outside, 'notes'), path.join(workspace.root, NOTES));
    const out = await cliIn(workspace.root, ['check']);
    assert.equal(out.code, 1);
    assert.match(out.stderr, /policy-notes is a link to .*, outside the workspace/);
  });
});
