import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODEBOOK_FORMAT } from '../src/core/annotations/files/codebookFile';
import { SIDECAR_FORMAT } from '../src/core/annotations/files/sidecarFile';
import { serialise } from '../src/core/yaml/yamlFile';
import { authorSlug } from '../src/core/annotations/model/authorSlug';
import { PolicyDocument } from '../src/core/model';
import { GENERATED_CODEBOOK, generateSidecar } from '../test/unit/helpers/generatedNotes';
import { generateCorpus } from './corpus';
import { NOTES_FOLDER } from './notesFixture';

export const DOCUMENTS = 10;
export const CODERS = 20;
export const PER_FILE = 500;

/** How the bench names the team workspace in its rows. */
export const TEAM_LABEL = `${(DOCUMENTS * CODERS * PER_FILE).toLocaleString('en')} annotations in ${DOCUMENTS * CODERS} files (${DOCUMENTS} documents × ${CODERS} coders)`;

/** The documents the team codes: the same for every process that asks, as the corpus is generated without chance. */
export function teamDocuments(opinions: PolicyDocument): PolicyDocument[] {
  return generateCorpus(opinions, DOCUMENTS);
}

/**
 * A team's notes on a corpus, written under `folder`: 20 coders' files of 500 annotations on each
 * of 10 documents (100,000 annotations in 200 files) and the codebook. The files, per document.
 */
export function writeTeamWorkspace(documents: readonly PolicyDocument[], folder: string): string[][] {
  mkdirSync(path.join(folder, NOTES_FOLDER), { recursive: true });
  writeFileSync(path.join(folder, NOTES_FOLDER, 'codebook.yaml'), serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK));
  return documents.map((document, documentIndex) => {
    const documentFolder = path.join(folder, NOTES_FOLDER, document.id);
    mkdirSync(documentFolder, { recursive: true });
    return Array.from({ length: CODERS }, (_, index) => {
      const author = `Coder ${index + 1}`;
      const file = path.join(documentFolder, `${authorSlug(author)}.yaml`);
      writeFileSync(file, serialise(SIDECAR_FORMAT, generateSidecar(document, PER_FILE, { seed: documentIndex * CODERS + index + 1, author })));
      return file;
    });
  });
}
