import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from '../src/platform/nodeFileSystem';
import { CODEBOOK_FORMAT } from '../src/core/annotations/files/codebookFile';
import { DEFAULT_NOTES_FOLDER } from '../src/core/annotations/files/defaults';
import { SIDECAR_FORMAT } from '../src/core/annotations/files/sidecarFile';
import { serialise } from '../src/core/yaml';
import { Sidecar } from '../src/core/annotations/model/annotation';
import { authorSlug } from '../src/core/annotations/model/authorSlug';
import { derivedAnnotationId } from '../src/core/annotations/model/ids';
import { loadWorkspaceDocuments } from '../src/core/documents/workspaceDocuments';
import { PolicyDocument } from '../src/core/model';
import { GENERATED_CODEBOOK, generateSidecar } from '../test/unit/helpers/generatedNotes';
import { writeLawWorkspace } from './lawWorkspace';

/** A research team at scale: 20 laws, each coded by 20 coders with 500 annotations: 200,000 in 400 files. */
export const TEAM_SCALE = { documents: 20, coders: 20, perFile: 500 } as const;

export interface TeamCliWorkspace {
  readonly documents: readonly PolicyDocument[];
  /** The coder files, relative to the workspace. */
  readonly files: readonly string[];
  readonly bytes: number;
}

/**
 * The team's workspace as the command line and the editor find it: real laws under
 * policy-documents/ (written through the add path) and every coder's notes on each under
 * policy-notes/, with the codebook.
 */
export async function writeTeamCliWorkspace(folder: string, benchDir: string, scale: { readonly documents: number; readonly coders: number; readonly perFile: number } = TEAM_SCALE): Promise<TeamCliWorkspace> {
  await writeLawWorkspace(folder, benchDir, scale.documents);
  const { documents } = await loadWorkspaceDocuments(new NodeFileSystem(folder), new Set());
  const notes = path.join(folder, DEFAULT_NOTES_FOLDER);
  mkdirSync(notes, { recursive: true });
  writeFileSync(path.join(notes, 'codebook.yaml'), serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK));
  const files: string[] = [];
  const ids = new Set<string>();
  let bytes = 0;
  documents.forEach((document, documentIndex) => {
    mkdirSync(path.join(notes, document.id), { recursive: true });
    for (let index = 0; index < scale.coders; index++) {
      const author = `Coder ${index + 1}`;
      const file = path.join(DEFAULT_NOTES_FOLDER, document.id, `${authorSlug(author)}.yaml`);
      const text = serialise(SIDECAR_FORMAT, uniqueIds(generateSidecar(document, scale.perFile, { seed: documentIndex * scale.coders + index + 1, author }), ids));
      writeFileSync(path.join(folder, file), text);
      files.push(file);
      bytes += Buffer.byteLength(text);
    }
  });
  return { documents, files, bytes };
}

/**
 * The sidecar with ids no other file of the workspace has (`taken`, which it adds to): files
 * generated apart draw some of the same ids among 200,000, which `check` rightly reports.
 */
function uniqueIds(sidecar: Sidecar, taken: Set<string>): Sidecar {
  const annotations = sidecar.annotations.map((annotation) => {
    const id = taken.has(annotation.id) ? derivedAnnotationId(`${sidecar.document}/${sidecar.author}/${annotation.id}`, (candidate) => taken.has(candidate)) : annotation.id;
    taken.add(id);
    return id === annotation.id ? annotation : { ...annotation, id };
  });
  return { ...sidecar, annotations };
}
