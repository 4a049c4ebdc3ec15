import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { NodeFileSystem } from '../src/cli/nodeFileSystem';
import { CODEBOOK_FORMAT } from '../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT } from '../src/core/annotations/files/sidecarFile';
import { serialise } from '../src/core/annotations/files/yamlFile';
import { authorSlug } from '../src/core/annotations/model/authorSlug';
import { AnnotationStore } from '../src/core/annotations/store/store';
import { Library } from '../src/core/library';
import { PolicyDocument } from '../src/core/model';
import { GENERATED_CODEBOOK, generateSidecar } from '../test/unit/helpers/generatedNotes';
import { Figure } from './measure';
import { AUTHOR, NOTES_FOLDER } from './notesFixture';

const FILES = 200;
const PER_FILE = 500;
const TARGET_MS = 2_000;

/**
 * A team's notes: 200 coders' files of 500 annotations each (100,000) on disk, opened by the store
 * until every provision's count (what the Provisions view shows) is known. The floor reads the same
 * files and parses them with js-yaml, the least any reader of these files must do.
 */
export async function benchTeamNotes(opinions: PolicyDocument): Promise<Figure[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'policy-annotator-team-'));
  try {
    const documentFolder = path.join(folder, NOTES_FOLDER, opinions.id);
    mkdirSync(documentFolder, { recursive: true });
    writeFileSync(path.join(folder, NOTES_FOLDER, 'codebook.yaml'), serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK));
    const files = Array.from({ length: FILES }, (_, index) => {
      const author = `Coder ${index + 1}`;
      const file = path.join(documentFolder, `${authorSlug(author)}.yaml`);
      writeFileSync(file, serialise(SIDECAR_FORMAT, generateSidecar(opinions, PER_FILE, { seed: index + 1, author })));
      return file;
    });
    const floorStart = performance.now();
    files.forEach((file) => load(readFileSync(file, 'utf8')));
    const floor = performance.now() - floorStart;
    const start = performance.now();
    const store = await AnnotationStore.open({ fs: new NodeFileSystem(folder), library: new Library([opinions]), notesFolder: NOTES_FOLDER, author: AUTHOR });
    const counts = opinions.provisions.map((provision) => store.annotationsOn(opinions.id, provision.number).length);
    const open = performance.now() - start;
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total === 0) {
      throw new Error('the store read none of the generated annotations');
    }
    return [
      {
        name: `open ${(FILES * PER_FILE).toLocaleString('en')} annotations in ${FILES} files until every provision's count is known`,
        value: open,
        unit: 'ms',
        floor: { name: 'read and js-yaml load the files', value: floor },
        target: `< ${TARGET_MS} ms`,
        met: open < TARGET_MS,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
