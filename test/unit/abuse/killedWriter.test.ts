import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Annotation, Sidecar, timestamp } from '../../../src/core/annotations/model/annotation';
import { CODEBOOK_FORMAT } from '../../../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT, loadSidecar } from '../../../src/core/annotations/files/sidecarFile';
import { serialise } from '../../../src/core/yaml/yamlFile';
import { GENERATED_CODEBOOK, generateSidecar } from '../helpers/generatedNotes';
import { Random } from '../helpers/random';
import { SAVE_TIME } from './saveLoop';
import { NodeFileSystem } from '../../../src/platform/nodeFileSystem';
import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { opinions, opinionsLibrary } from '../helpers/opinions';

const ROUNDS = 20;
const ANNOTATIONS = 600;
const WRITER = path.join(__dirname, 'saveLoop.js');

/** Resolves with the writer's output so far once `line` is printed (or it exits). */
function waitFor(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', () => reject(new Error(`the writer exited before printing "${line}"`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * Whether the annotation is one the writers wrote: as it was at first, or with the note of a
 * save of an earlier round, or of this round up to the save in flight when the writer was killed.
 */
function isVersion(written: Annotation, initial: Annotation, round: number, saves: number): boolean {
  if (JSON.stringify(written) === JSON.stringify(initial)) {
    return true;
  }
  const [, writtenRound, save] = /^round (\d+), save (\d+)$/.exec(written.note ?? '') ?? [];
  const known = Number(writtenRound) < round || (Number(writtenRound) === round && Number(save) <= saves + 1);
  const version = { ...initial, note: written.note, updated: timestamp(SAVE_TIME) };
  return known && JSON.stringify(written) === JSON.stringify(version);
}

describe('abuse: a writer killed in the middle of saving', function () {
  this.timeout(180_000);
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'policy-annotator-killed-'));
  });

  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it(`leaves the old file or the new one, never a broken one (${ROUNDS} kills)`, async () => {
    const document = opinions();
    const file = path.join(root, 'notes', document.id, 'li-wei.yaml');
    const context = { documentId: document.id, document, tagIds: new Set(GENERATED_CODEBOOK.tags.map((tag) => tag.id)) };
    const text = serialise(SIDECAR_FORMAT, generateSidecar(document, ANNOTATIONS, { seed: 3 }));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(path.join(root, 'notes', 'codebook.yaml'), serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK));
    writeFileSync(file, text);
    // As read back, in the file's order.
    const initial = loadSidecar(new TextEncoder().encode(text), context).content as Sidecar;
    const target = initial.annotations[0];
    const others = (annotations: readonly Annotation[]) => annotations.filter((annotation) => annotation.id !== target.id);
    const random = new Random(99);
    for (let round = 0; round < ROUNDS; round++) {
      const writer = spawn(process.execPath, [WRITER, root, String(round), target.id], { stdio: ['ignore', 'pipe', 'inherit'] });
      let saves = 0;
      writer.stdout?.on('data', (chunk: Buffer) => (saves = Math.max(saves, ...chunk.toString().split('\n').filter(Boolean).map(Number).filter(Number.isFinite))));
      await waitFor(writer, 'ready');
      // Any moment: during the first save (which renders the whole file), or later ones.
      await new Promise((resolve) => setTimeout(resolve, random.int(0, 250)));
      await killed(writer);

      const loaded = loadSidecar(readFileSync(file), context);
      assert.deepEqual(loaded.problems, [], `round ${round}`);
      const annotations = loaded.content?.annotations ?? [];
      // As JSON: deepEqual on 1,000 annotations costs more than the rest of a round.
      assert.equal(JSON.stringify(others(annotations)), JSON.stringify(others(initial.annotations)), `round ${round}: the other annotations are as they were`);
      const written = annotations.find((annotation) => annotation.id === target.id);
      assert.ok(written && isVersion(written, target, round, saves), `round ${round}: ${JSON.stringify(written)}`);
    }
    // Temporary files and the lock of an interrupted save may be left beside the notes; the store never reads them…
    assert.ok(readdirSync(path.dirname(file)).every((name) => /^li-wei\.yaml(\.tmp-[0-9a-z]{8}|\.lock)?$/.test(name)));
    // … and the next save removes them, taking over the lock of the killed writer at once.
    const store = await AnnotationStore.open({ fs: new NodeFileSystem(root), library: opinionsLibrary(), notesFolder: 'notes', author: 'Li Wei' });
    const saved = await store.update(target.id, { note: 'after the last kill' });
    assert.ok(saved.ok, saved.ok ? '' : saved.reason);
    assert.deepEqual(readdirSync(path.dirname(file)), ['li-wei.yaml']);
  });
});
