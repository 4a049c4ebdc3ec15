import { PolicyDocument, Provision, findProvision } from './model';
import { DocumentFacts, ParsedDocument, parseDocument } from './parse/parseDocument';
import { SourceFormatError } from './parse/sourceFormatError';

/** The seeds shipped in `seeds/`: each names its source text inside its metadata. */
export const SEED_METADATA_FILES: readonly string[] = ['mobile-internet-opinions-2017.json'];

/** Reads a file of the `seeds/` folder as UTF-8 text; the host decides how (fs, workspace.fs). */
export type SeedReader = (fileName: string) => Promise<string>;

/** A seed's metadata file: its id, its source text, and the facts the text does not state. */
interface SeedMetadataFile extends DocumentFacts {
  readonly id: string;
  readonly source: string;
}

/** The documents a session works with, by id, in a stable order. */
export class Library {
  private readonly byId: ReadonlyMap<string, PolicyDocument>;

  constructor(readonly documents: readonly PolicyDocument[]) {
    if (documents.length === 0) {
      throw new Error('a library needs at least one document');
    }
    this.byId = new Map(documents.map((document) => [document.id, document]));
  }

  /** The document researchers open when they do not name one. */
  get defaultDocument(): PolicyDocument {
    return this.documents[0];
  }

  document(id?: string): PolicyDocument | undefined {
    return id === undefined ? this.defaultDocument : this.byId.get(id);
  }

  provision(documentId: string | undefined, number: number): Provision | undefined {
    const document = this.document(documentId);
    return document && findProvision(document, number);
  }
}

export async function loadLibrary(read: SeedReader): Promise<Library> {
  const documents = await Promise.all(
    SEED_METADATA_FILES.map(async (fileName) => {
      const { id, source, ...facts } = JSON.parse(await read(fileName)) as SeedMetadataFile;
      return completeDocument(parseDocument({ id, chinese: await read(source), facts }));
    }),
  );
  return new Library(documents);
}

/** A shipped document must pair every provision: anything less is a broken seed, named by its line. */
export function completeDocument(parsed: ParsedDocument): PolicyDocument {
  const { document, untranslated } = parsed;
  const stray = document.unpaired[0];
  if (stray) {
    throw new SourceFormatError(`the English provision "${stray.text.slice(0, 40)}…" has no partner in the Chinese`, stray.line);
  }
  if (untranslated.length > 0) {
    throw new SourceFormatError(`the Chinese provision ${untranslated[0]} has no partner in the English`, 1);
  }
  return document;
}
