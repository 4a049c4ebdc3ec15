import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../src/cli/nodeFileSystem';
import { NotesFileSystem } from '../src/core/annotations/files/fileSystem';
import { AnnotationStore } from '../src/core/annotations/store/store';
import { PolicyDocument } from '../src/core/model';
import { MemoryFileSystem } from '../test/unit/helpers/memoryFileSystem';
import { Figure, median } from './measure';
import { notesFixture, openFixtureStore } from './notesFixture';

const COUNT = 10_000;
const EDITS = 15;
/** Edits before the timed ones: the first few after opening still pay for compiling and collecting. */
const WARM_UP = 5;
const TARGET_MS = 100;

/** One note edit, saved: re-read, merge, write, record. Fails loudly, so that a refusal is never timed as a save. */
async function timedEdit(store: AnnotationStore, id: string, note: string): Promise<number> {
  const start = performance.now();
  const outcome = await store.update(id, { note });
  const time = performance.now() - start;
  if (!outcome.ok || outcome.written.length !== 1) {
    throw new Error(`the bench's edit was not saved: ${outcome.ok ? 'nothing written' : outcome.reason}`);
  }
  return time;
}

/**
 * Saving one edit into a sidecar of 10,000 annotations through the store: the first edit after
 * opening the file (which renders every annotation once), then the median of further edits (a
 * session of coding), on a file system in memory (the store's own cost) and on disk in a temporary
 * folder.
 */
async function editFigures(label: string, fs: NotesFileSystem, opinions: PolicyDocument): Promise<Figure[]> {
  const fixture = notesFixture(opinions, COUNT);
  const store = await openFixtureStore(fs, opinions, fixture);
  const ids = fixture.sidecar.annotations.map((annotation) => annotation.id);
  const first = await timedEdit(store, ids[0], 'The first edit after opening the file.');
  const times: number[] = [];
  for (let edit = 1; edit <= WARM_UP + EDITS; edit++) {
    const time = await timedEdit(store, ids[(edit * 997) % ids.length], `Edit ${edit}: a note\nof two lines.`);
    if (edit > WARM_UP) {
      times.push(time);
    }
  }
  const further = median(times);
  return [
    { name: `save one edit, ${COUNT.toLocaleString('en')} annotations, ${label}: first after opening`, value: first, unit: 'ms' },
    {
      name: `save one edit, ${COUNT.toLocaleString('en')} annotations, ${label}: further edits (median of ${EDITS}, after ${WARM_UP})`,
      value: further,
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      met: further < TARGET_MS,
    },
  ];
}

export async function benchEdits(opinions: PolicyDocument): Promise<Figure[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'policy-annotator-bench-'));
  try {
    return [
      ...(await editFigures('memory file system', new MemoryFileSystem(), opinions)),
      ...(await editFigures('disk', new NodeFileSystem(folder), opinions)),
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
