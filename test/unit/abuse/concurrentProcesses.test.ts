import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { NotesFileSystem } from '../../../src/core/storage/fileSystem';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { opinionsLibrary } from '../helpers/opinions';
import { DOCUMENT, LI_WEI, NOTES, Workspace, cliIn } from '../teams/helpers';
import { PROGRAM } from './program';

const PER_WRITER = 150;

/**
 * One OS process (a shell) that runs `policy-annotator annotate` PER_WRITER times, one after
 * another, each a process of its own; resolves with the ids it printed.
 */
function annotateLoop(root: string, writer: string): Promise<string[]> {
  const script = `for i in $(seq 1 ${PER_WRITER}); do "$0" "$1" annotate "${DOCUMENT}#$(( i % 24 + 1 ))" --author "Li Wei" --tags security --note "${writer} $i" || exit 1; done`;
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script, process.execPath, PROGRAM], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(stdout.split('\n').filter(Boolean)) : reject(new Error(`${writer} exited with ${code}: ${stderr}`))));
  });
}

describe('abuse: writers in separate OS processes', function () {
  // 300 runs of the program, two at a time: minutes on a loaded machine.
  this.timeout(1_200_000);
  let workspace: Workspace;
  beforeEach(() => {
    workspace = new Workspace();
  });
  afterEach(() => workspace.remove());

  const open = (fs: NotesFileSystem = new NodeFileSystem(workspace.root)) => AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei' });

  it(`two processes each adding ${PER_WRITER} annotations with policy-annotator annotate leave all ${2 * PER_WRITER} on disk`, async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    assert.ok(existsSync(PROGRAM), `${PROGRAM} is missing: run npm run build first`);
    const [first, second] = await Promise.all([annotateLoop(workspace.root, 'first'), annotateLoop(workspace.root, 'second')]);
    assert.equal(new Set([...first, ...second]).size, 2 * PER_WRITER, 'every save reported its own id');
    const store = await open();
    assert.deepEqual(store.annotations().map((annotation) => annotation.id).sort(), [...first, ...second].sort());
    const check = await cliIn(workspace.root, ['check']);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /^2 files checked in policy-notes: 0 errors, 0 warnings\.$/m);
  });

  it('merges again when the file changes on disk between its re-read and the rename', async () => {
    const [person] = await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1, note: 'written first' });
    const disk = new NodeFileSystem(workspace.root);
    let outsideWrites = 0;
    // Another program (one that takes no lock) writes the file while the save's temporary file is written.
    const interfering: NotesFileSystem = Object.assign(Object.create(disk) as NodeFileSystem, {
      writeFile: async (file: string, bytes: Uint8Array) => {
        await disk.writeFile(file, bytes);
        if (outsideWrites++ === 0) {
          writeFileSync(path.join(workspace.root, LI_WEI), workspace.read(LI_WEI).replace('note: written first', 'note: changed by hand'));
        }
      },
    });
    const store = await open(interfering);
    const added = await store.add({ document: DOCUMENT, provision: 2, note: 'added by the store' });
    assert.ok(added.ok, added.ok ? '' : added.reason);
    const after = await open();
    assert.equal(after.annotation(person.id)?.note, 'changed by hand', 'the outside write is kept');
    assert.equal(after.annotation(added.value.id)?.note, 'added by the store');
  });

  it('refuses, writing nothing, when a file a person broke by hand lands just before the rename', async () => {
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1 });
    const disk = new NodeFileSystem(workspace.root);
    const broken = 'version: 1\nannotations: [unfinished\n';
    const interfering: NotesFileSystem = Object.assign(Object.create(disk) as NodeFileSystem, {
      writeFile: async (file: string, bytes: Uint8Array) => {
        await disk.writeFile(file, bytes);
        writeFileSync(path.join(workspace.root, LI_WEI), broken);
      },
    });
    const added = await (await open(interfering)).add({ document: DOCUMENT, provision: 2 });
    assert.equal(added.ok, false);
    assert.match(added.ok ? '' : added.reason, /is not written while it has errors/);
    assert.equal(workspace.read(LI_WEI), broken);
  });

  it('keeps the mode of the file it replaces', async function () {
    if (process.platform === 'win32') {
      this.skip();
    }
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 1 });
    chmodSync(path.join(workspace.root, LI_WEI), 0o640);
    await workspace.annotate('Li Wei', { document: DOCUMENT, provision: 2 });
    assert.equal(statSync(path.join(workspace.root, LI_WEI)).mode & 0o777, 0o640);
  });
});
