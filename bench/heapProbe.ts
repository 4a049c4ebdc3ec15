// The heap one piece of work needs, measured in a process of its own: run as
// `node --expose-gc out/bench/heapProbe.js <case> <annotations> [<team workspace>]`, it prints one
// line of JSON, {peak, retained} in bytes above the heap before the work (with the library and the
// file's bytes loaded). The team cases read the workspace bench/teamWorkspace.ts wrote in the folder.
//
// The peak is the largest heap in use at any moment of the work: the heap only grows between two
// collections, so it is the largest of the heap just before each collection during the work
// (v8.GCProfiler reports them) and the heap at its end. Sampling memoryUsage() on a timer would
// miss the peaks inside synchronous work such as a parse. Retained is the heap still in use after
// a full collection once the work is done, while its result is still held.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { GCProfiler } from 'node:v8';
import { parse } from 'yaml';
import { NodeFileSystem } from '../src/platform/nodeFileSystem';
import { findSeedsDir, loadSeedLibrary } from '../src/cli/seeds';
import { readPlainYaml } from '../src/core/yaml/fastYaml';
import { loadSidecar } from '../src/core/annotations/files/sidecarFile';
import { AnnotationStore } from '../src/core/annotations/store/store';
import { Library } from '../src/core/library';
import { MemoryFileSystem } from '../test/unit/helpers/memoryFileSystem';
import { AUTHOR, NOTES_FOLDER, NotesFixture, notesFixture, openFixtureStore } from './notesFixture';
import { PolicyDocument } from '../src/core/model';
import { teamDocuments } from './teamWorkspace';

export const HEAP_CASES = ['yaml.parse', 'js-yaml', 'load', 'store'] as const;
export type HeapCase = (typeof HEAP_CASES)[number];

/** The team workspace: its shown document's or every document's files as js-yaml's values, or the store holding them. */
export const TEAM_HEAP_CASES = ['team: values, shown document', 'team: store, shown document', 'team: values, every document', 'team: store, every document'] as const;
export type TeamHeapCase = (typeof TEAM_HEAP_CASES)[number];

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

function isTeamCase(name: string): name is TeamHeapCase {
  return (TEAM_HEAP_CASES as readonly string[]).includes(name);
}

function teamWork(name: TeamHeapCase, opinions: PolicyDocument, folder: string): () => Promise<unknown> {
  const documents = teamDocuments(opinions);
  const shown = name.endsWith('shown document') ? [documents[0]] : documents;
  if (name.startsWith('team: values')) {
    const files = shown.flatMap((document) => {
      const documentFolder = path.join(folder, NOTES_FOLDER, document.id);
      return readdirSync(documentFolder).map((file) => path.join(documentFolder, file));
    });
    return async () => files.map((file) => readPlainYaml(readFileSync(file, 'utf8'), 64));
  }
  return async () => {
    const store = await AnnotationStore.open({ fs: new NodeFileSystem(folder), library: new Library(documents), notesFolder: NOTES_FOLDER, author: AUTHOR, read: 'asked' });
    for (const document of shown) {
      await store.readDocument(document.id);
    }
    return store;
  };
}

async function main(name: HeapCase | TeamHeapCase, count: number, teamFolder = ''): Promise<void> {
  const collect = globalThis.gc;
  if (!collect) {
    throw new Error('run with --expose-gc');
  }
  const library = await loadSeedLibrary(findSeedsDir(__dirname));
  const opinions = library.defaultDocument;
  if (isTeamCase(name) && !teamFolder) {
    throw new Error(`"${name}" needs the folder of a team workspace`);
  }
  const run = isTeamCase(name) ? teamWork(name, opinions, teamFolder) : work(name, opinions, notesFixture(opinions, count));
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
  main(process.argv[2] as HeapCase | TeamHeapCase, Number(process.argv[3]), process.argv[4]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
