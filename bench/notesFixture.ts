import { Sidecar } from '../src/core/annotations/model/annotation';
import { CODEBOOK_FORMAT } from '../src/core/annotations/files/codebookFile';
import { NotesFileSystem } from '../src/core/storage/fileSystem';
import { SIDECAR_FORMAT, SidecarContext } from '../src/core/annotations/files/sidecarFile';
import { AnnotationStore } from '../src/core/annotations/store/store';
import { serialise } from '../src/core/yaml/yamlFile';
import { Library } from '../src/core/library';
import { PolicyDocument } from '../src/core/model';
import { GENERATED_CODEBOOK, generateSidecar } from '../test/unit/helpers/generatedNotes';

export const NOTES_FOLDER = 'notes';
export const AUTHOR = 'Li Wei';

/** A generated sidecar of `count` annotations, as the store writes it. */
export interface NotesFixture {
  readonly sidecar: Sidecar;
  readonly text: string;
  readonly bytes: Uint8Array;
  /** Where the store keeps this coder's sidecar. */
  readonly path: string;
  readonly context: SidecarContext;
}

export function notesFixture(document: PolicyDocument, count: number): NotesFixture {
  const sidecar = generateSidecar(document, count, { seed: count, author: AUTHOR });
  const text = serialise(SIDECAR_FORMAT, sidecar);
  return {
    sidecar,
    text,
    bytes: new TextEncoder().encode(text),
    path: `${NOTES_FOLDER}/${document.id}/li-wei.yaml`,
    context: { documentId: document.id, document, tagIds: new Set(GENERATED_CODEBOOK.tags.map((tag) => tag.id)) },
  };
}

/** Writes the fixture and the codebook through `fs`, then opens a store on them. */
export async function openFixtureStore(fs: NotesFileSystem, document: PolicyDocument, fixture: NotesFixture): Promise<AnnotationStore> {
  await fs.writeFile(`${NOTES_FOLDER}/codebook.yaml`, new TextEncoder().encode(serialise(CODEBOOK_FORMAT, GENERATED_CODEBOOK)));
  await fs.writeFile(fixture.path, fixture.bytes);
  return AnnotationStore.open({ fs, library: new Library([document]), notesFolder: NOTES_FOLDER, author: AUTHOR });
}
