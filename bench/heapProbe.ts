// The heap one piece of work needs, measured in a process of its own: run as
// `node --expose-gc out/bench/heapProbe.js <case>`, it prints one line of JSON, {peak, retained}
// in bytes above the heap before the work (with the library and the file's bytes loaded).
//
// The peak is the largest heap in use at any moment of the work: the heap only grows between two
// collections, so it is the largest of the heap just before each collection during the work
// (v8.GCProfiler reports them) and the heap at its end. Sampling memoryUsage() on a timer would
// miss the peaks inside synchronous work such as a parse. Retained is the heap still in use after
// a full collection once the work is done, while its result is still held.
import { GCProfiler } from 'node:v8';
import { parse } from 'yaml';
import { findSeedsDir, loadSeedLibrary } from '../src/cli/seeds';
import { readPlainYaml } from '../src/core/annotations/files/fastYaml';
import { loadSidecar } from '../src/core/annotations/files/sidecarFile';
import { MemoryFileSystem } from '../test/unit/helpers/memoryFileSystem';
import { NotesFixture, notesFixture, openFixtureStore } from './notesFixture';
import { PolicyDocument } from '../src/core/model';

export const HEAP_CASES = ['yaml.parse', 'js-yaml', 'load', 'store'] as const;
export type HeapCase = (typeof HEAP_CASES)[number];

const EDITS = 5;

/** What the measured work made, held here so that "retained" counts it. */
const held: unknown[] = [];

function work(name: HeapCase, opinions: PolicyDocument, fixture: NotesFixture): () => Promise<unknown> {
  switch (name) {
    case 'yaml.parse':
      return async () => parse(fixture.text);
    case 'js-yaml':
      // The parsed value alone, as the fastest reader gives it: what holding the notes must cost at least.
      return async () => readPlainYaml(fixture.text, 64);
    case 'load':
      return async () => loadSidecar(fixture.bytes, fixture.context);
    case 'store':
      // Opening a store on the file, then a few edits saved into it.
      return async () => {
        const store = await openFixtureStore(new MemoryFileSystem(), opinions, fixture);
        for (const [index, annotation] of fixture.sidecar.annotations.slice(0, EDITS).entries()) {
          await store.update(annotation.id, { note: `Edit ${index}.` });
        }
        return store;
      };
  }
}

async function main(name: HeapCase, count: number): Promise<void> {
  const collect = globalThis.gc;
  if (!collect) {
    throw new Error('run with --expose-gc');
  }
  const library = await loadSeedLibrary(findSeedsDir(__dirname));
  const fixture = notesFixture(library.defaultDocument, count);
  const run = work(name, library.defaultDocument, fixture);
  collect();
  const baseline = process.memoryUsage().heapUsed;
  const profiler = new GCProfiler();
  profiler.start();
  held.push(await run());
  const atEnd = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const peak = Math.max(atEnd, ...statistics.map((collection) => collection.beforeGC.heapStatistics.usedHeapSize));
  collect();
  const retained = process.memoryUsage().heapUsed - baseline;
  console.log(JSON.stringify({ peak: peak - baseline, retained }));
}

if (require.main === module) {
  main(process.argv[2] as HeapCase, Number(process.argv[3])).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
