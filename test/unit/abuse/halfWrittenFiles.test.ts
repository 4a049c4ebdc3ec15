import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { CODEBOOK_FORMAT } from '../../../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { SettleTiming } from '../../../src/core/storage/settledRead';
import { GENERATED_CODEBOOK, generateSidecar } from '../helpers/generatedNotes';
import { NotesWorkspace } from '../helpers/notesWorkspace';
import { opinions, opinionsLibrary } from '../helpers/opinions';

const NOTES = 'policy-notes';
const FILE = `${NOTES}/mobile-internet-opinions-2017/li-wei.yaml`;
const WRITER = path.join(__dirname, 'pieceWriter.js');
/** The writer pauses this long after each piece: far less than a quiet interval, however loaded the machine. */
const PAUSE_MS = 30;
const PIECES = 10;
const SETTLING: SettleTiming = { quietMs: 400, maxReads: 20 };

/** The file as another program writes it, and the annotations it holds. */
function sidecarText(count: number, seed: number): { readonly bytes: Buffer; readonly ids: string[] } {
  const sidecar = generateSidecar(opinions(), count, { seed });
  return { bytes: Buffer.from(serialise(SIDECAR_FORMAT, sidecar)), ids: sidecar.annotations.map((annotation) => annotation.id).sort() };
}

/**
 * The bytes cut into PIECES pieces, the first ending inside the first timestamp (`created:
 * 2024-05-01T`, which fails the schema, as the host's flaky test caught it), the others at even
 * byte offsets, which may split a character.
 */
function cut(bytes: Buffer): Buffer[] {
  const first = bytes.indexOf('T', bytes.indexOf('created: ')) + 1;
  const step = Math.ceil((bytes.length - first) / (PIECES - 1));
  const ends = [first, ...Array.from({ length: PIECES - 1 }, (_, index) => Math.min(bytes.length, first + step * (index + 1)))];
  return ends.map((end, index) => bytes.subarray(index === 0 ? 0 : ends[index - 1], end));
}

/**
 * Runs the writer, another OS process, over the file; `wrote(n)` runs when it has written its nth
 * piece and is pausing. Resolves when it has exited.
 */
function writeInPieces(root: string, pieces: readonly Buffer[], wrote: (piece: number) => void): Promise<void> {
  const args = [WRITER, path.join(root, ...FILE.split('/')), String(PAUSE_MS), ...pieces.map((piece) => piece.toString('base64'))];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      for (const [, piece] of text.matchAll(/wrote (\d+)/g)) {
        wrote(Number(piece));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the writer exited with ${code}: ${stderr}`))));
  });
}

function errorsOf(store: AnnotationStore): string[] {
  return store.files().flatMap((file) => file.problems.filter((problem) => problem.severity === 'error').map((problem) => `${file.path}:${problem.line}: ${problem.message}`));
}

describe('abuse: a notes file written in place by another process, slowly', function () {
  this.timeout(60_000);
  let workspace: NotesWorkspace;
  let store: AnnotationStore;
  /** The errors the store showed at each of its changes. */
  let shown: string[][];

  beforeEach(async () => {
    workspace = new NotesWorkspace({ notesFolder: NOTES, codebook: serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK) });
    await workspace.annotate('Li Wei', { document: 'mobile-internet-opinions-2017', provision: 1, note: 'the file before' });
    store = await AnnotationStore.open({ fs: new NodeFileSystem(workspace.root), library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei', settling: SETTLING });
    shown = [];
    store.onDidChange(() => shown.push(errorsOf(store)));
  });
  afterEach(() => workspace.remove());

  // The watcher's notifications, coalesced as VS Code's are: one for the whole write, delivered before it ends, or one at its start only.
  for (const [notified, after] of [
    ['one notification for the whole write, delivered while it is under way', PIECES / 2],
    ['one early notification only, after the first piece', 1],
  ] as const) {
    it(`${notified}: the store ends with the whole file, and never shows the half-written one`, async () => {
      const written = sidecarText(40, 7);
      let reading: Promise<void> | undefined;
      await writeInPieces(workspace.root, cut(written.bytes), (piece) => {
        if (piece === after) {
          reading = store.refresh([FILE]);
        }
      });
      await reading;
      assert.deepEqual(errorsOf(store), []);
      assert.deepEqual(
        store.annotations().map((annotation) => annotation.id).sort(),
        written.ids,
      );
      assert.deepEqual(shown.filter((errors) => errors.length > 0), [], 'a half-written file was shown');
    });
  }

  it('a file left broken by its writer gets its located problem, and a save does not overwrite it', async () => {
    const whole = sidecarText(40, 8).bytes;
    // The writer stops for good inside a timestamp.
    const broken = whole.subarray(0, whole.indexOf('T', whole.lastIndexOf('created: ')) + 1);
    let reading: Promise<void> | undefined;
    await writeInPieces(workspace.root, cut(broken), (piece) => {
      if (piece === 1) {
        reading = store.refresh([FILE]);
      }
    });
    await reading;
    // Located in the annotation cut short (it lacks `updated`, its `created` is no time), and nowhere else.
    const lines = broken.toString().split('\n');
    const lastItem = lines.map((line) => line.startsWith('  - id: ')).lastIndexOf(true) + 1;
    const errors = errorsOf(store);
    assert.ok(errors.some((error) => error.startsWith(`${FILE}:${lines.length}: `)), errors.join('\n'));
    assert.ok(errors.every((error) => Number(/:(\d+): /.exec(error)?.[1]) >= lastItem), errors.join('\n'));
    const refused = await store.add({ document: 'mobile-internet-opinions-2017', provision: 2, note: 'not now' });
    assert.equal(refused.ok, false);
    assert.deepEqual(readFileSync(path.join(workspace.root, FILE)), broken);
  });

  it('a save of ours during the write waits for it, and merges into the whole file', async () => {
    const written = sidecarText(40, 9);
    let saving: ReturnType<AnnotationStore['add']> | undefined;
    await writeInPieces(workspace.root, cut(written.bytes), (piece) => {
      if (piece === 1) {
        saving = store.add({ document: 'mobile-internet-opinions-2017', provision: 2, note: 'added while another program wrote the file' });
      }
    });
    const saved = await saving;
    assert.ok(saved?.ok, saved && !saved.ok ? saved.reason : 'no save');
    const onDisk = await AnnotationStore.open({ fs: new NodeFileSystem(workspace.root), library: opinionsLibrary(), notesFolder: NOTES, author: 'Li Wei' });
    assert.deepEqual(errorsOf(onDisk), []);
    assert.deepEqual(
      onDisk.annotations().map((annotation) => annotation.id).sort(),
      [...written.ids, saved.value.id].sort(),
    );
    assert.deepEqual(shown.filter((errors) => errors.length > 0), [], 'a half-written file was shown');
  });
});
