import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { NodeFileSystem } from '../src/platform/nodeFileSystem';
import { AnnotationStore } from '../src/core/annotations/store/store';
import { Library } from '../src/core/library';
import { PolicyDocument } from '../src/core/model';
import { Figure } from './measure';
import { AUTHOR, NOTES_FOLDER } from './notesFixture';
import { CODERS, DOCUMENTS, PER_FILE, TEAM_LABEL, teamDocuments, writeTeamWorkspace } from './teamWorkspace';

const TARGET_MS = 2_000;

/** Reads files and parses them with js-yaml (the least any reader of them must do), or their values as JSON. */
function floor(files: readonly string[], parse: (text: string) => unknown): number {
  const start = performance.now();
  files.forEach((file) => parse(readFileSync(file, 'utf8')));
  return performance.now() - start;
}

/**
 * A team's notes on a corpus: 20 coders' files of 500 annotations on each of 10 documents
 * (100,000 annotations in 200 files) on disk. The store is opened as the extension opens it,
 * reading a document's notes when it is shown: the time until the Provisions view can show the
 * counts of the document opened first, then the time to read every document (what an export or
 * the Tags view waits for). The floors read the same files and parse them with js-yaml, and
 * JSON.parse of their values (what a cache of parsed files could at best cost).
 */
export async function benchTeamNotes(opinions: PolicyDocument): Promise<Figure[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'policy-annotator-team-'));
  try {
    const documents = teamDocuments(opinions);
    const files = writeTeamWorkspace(documents, folder);
    const allFiles = files.flat();
    const jsonFolder = mkdtempSync(path.join(tmpdir(), 'policy-annotator-team-json-'));
    const jsonFiles = allFiles.map((file, index) => {
      const json = path.join(jsonFolder, `${index}.json`);
      writeFileSync(json, JSON.stringify(load(readFileSync(file, 'utf8'))));
      return json;
    });
    const firstFloor = floor(files[0], load);
    const allFloor = floor(allFiles, load);
    const jsonFloor = floor(jsonFiles, JSON.parse);
    rmSync(jsonFolder, { recursive: true, force: true });

    const start = performance.now();
    const store = await AnnotationStore.open({ fs: new NodeFileSystem(folder), library: new Library(documents), notesFolder: NOTES_FOLDER, author: AUTHOR, read: 'asked' });
    const shown = documents[0];
    await store.readDocument(shown.id);
    const counts = shown.provisions.map((provision) => store.annotationsOn(shown.id, provision.number).length);
    const firstCounts = performance.now() - start;
    const allStart = performance.now();
    await store.readAll();
    const all = performance.now() - allStart;
    if (counts.reduce((sum, count) => sum + count, 0) !== CODERS * PER_FILE || store.annotations().length !== DOCUMENTS * CODERS * PER_FILE) {
      throw new Error('the store did not read every generated annotation');
    }
    const label = TEAM_LABEL;
    return [
      {
        name: `${label}: open, and every provision's count of the document shown`,
        value: firstCounts,
        unit: 'ms',
        floor: { name: `read and js-yaml load its ${CODERS} files`, value: firstFloor },
        target: `< ${TARGET_MS} ms`,
        met: firstCounts < TARGET_MS,
      },
      { name: `${label}: then read every document`, value: all, unit: 'ms', floor: { name: 'read and js-yaml load the 200 files', value: allFloor } },
      { name: `${label}: read and JSON.parse the values of the 200 files`, value: jsonFloor, unit: 'ms' },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
