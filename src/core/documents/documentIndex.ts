import { joinPath, NotesFileSystem } from '../storage';
import { sha1Hex } from '../lib/sha1';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, loadDocumentFile } from './documentFile';

/**
 * What adding documents needs to know of those a workspace has, without parsing a text: the ids
 * taken (every folder, readable or not) and, by the SHA-1 of the file each was added from, which
 * document has which content. A document.yaml without its sha1 (written before it was recorded) is
 * hashed from its original or Chinese file.
 */
export interface DocumentIndex {
  readonly ids: ReadonlySet<string>;
  /** SHA-1 of a file as it was added → the id of its document. */
  readonly bySha1: ReadonlyMap<string, string>;
}

export async function readDocumentIndex(fs: NotesFileSystem): Promise<DocumentIndex> {
  const folders = (await fs.readDirectory(DOCUMENTS_FOLDER)).filter(([, type]) => type === 'directory').map(([name]) => name);
  const bySha1 = new Map<string, string>();
  for (const folder of folders.sort()) {
    const bytes = await fs.readFile(joinPath(DOCUMENTS_FOLDER, folder, DOCUMENT_FILE)).catch(() => undefined);
    const record = bytes && loadDocumentFile(bytes).content;
    if (!record) {
      continue;
    }
    const source = record.files.sha1 === undefined ? await fs.readFile(joinPath(DOCUMENTS_FOLDER, folder, record.files.original ?? record.files.chinese)).catch(() => undefined) : undefined;
    const sha1 = record.files.sha1 ?? (source && sha1Hex(source));
    if (sha1 !== undefined && !bySha1.has(sha1)) {
      bySha1.set(sha1, record.id);
    }
  }
  return { ids: new Set(folders), bySha1 };
}
