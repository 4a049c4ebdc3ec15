import { NotesFileSystem } from '../storage';
import { FormatReaders } from '../formats/formatReaders';
import { sha1Hex } from '../lib/sha1';
import { AddDocumentError, planAddition, writeAddition } from './addDocument';
import { readDocumentIndex } from './documentIndex';
import { sourceTexts } from './sourceText';

/**
 * Bringing in many files at once (a folder of laws, a corpus checkout): each file is read, known by
 * its SHA-1 or extracted, parsed and written in turn, so that a refusal costs one file and an
 * interruption keeps what was added. The workspace's documents are not parsed: their ids and
 * hashes are enough (documentIndex.ts). Adding the same files again adds nothing.
 */

export interface FileToImport {
  /** How the user named it (a path), for the summary. */
  readonly path: string;
  /** The file name, whose extension tells its format and whose words give the id. */
  readonly name: string;
  read(): Promise<Uint8Array>;
}

export interface ImportOptions {
  readonly readers: FormatReaders;
  /** Ids of the documents Policy Annotator ships, which workspace documents may not take. */
  readonly reserved: ReadonlySet<string>;
  /** Called before each file, and once more at the end with done = total. */
  readonly onProgress?: (done: number, total: number, path: string) => void;
  /** Asked before each file: true stops the import, what was added is kept. */
  readonly cancelled?: () => boolean;
}

export interface AddedFile {
  readonly path: string;
  readonly id: string;
  readonly provisions: number;
  /** The file's text was extracted from a Word document, a PDF or a web page. */
  readonly extracted: boolean;
}

export interface ImportSummary {
  readonly added: readonly AddedFile[];
  /** Files whose content a document already has (added before, or twice in this import). */
  readonly present: readonly { readonly path: string; readonly id: string }[];
  readonly refused: readonly { readonly path: string; readonly reason: string }[];
  /** Stopped before the last file. */
  readonly cancelled: boolean;
}

export async function importDocuments(fs: NotesFileSystem, files: readonly FileToImport[], options: ImportOptions): Promise<ImportSummary> {
  const index = await readDocumentIndex(fs);
  const taken = new Set([...index.ids, ...options.reserved]);
  const bySha1 = new Map(index.bySha1);
  const summary: { added: AddedFile[]; present: { path: string; id: string }[]; refused: { path: string; reason: string }[] } = { added: [], present: [], refused: [] };
  for (const [done, file] of files.entries()) {
    if (options.cancelled?.()) {
      return { ...summary, cancelled: true };
    }
    options.onProgress?.(done, files.length, file.path);
    try {
      const bytes = await file.read();
      const sha1 = sha1Hex(bytes);
      const known = bySha1.get(sha1);
      if (known !== undefined) {
        summary.present.push({ path: file.path, id: known });
        continue;
      }
      const texts = await sourceTexts({ name: file.name, bytes }, options.readers);
      const plan = planAddition({ ...texts, taken });
      await writeAddition(fs, plan);
      taken.add(plan.record.id);
      bySha1.set(sha1, plan.record.id);
      summary.added.push({ path: file.path, id: plan.record.id, provisions: plan.document.provisions.length, extracted: texts.original !== undefined });
    } catch (thrown) {
      // One file that cannot be read or parsed must not stop the others: its reason is reported.
      summary.refused.push({ path: file.path, reason: thrown instanceof AddDocumentError ? reasonIn(thrown, file.name) : thrown instanceof Error ? thrown.message : String(thrown) });
    }
  }
  options.onProgress?.(files.length, files.length, '');
  return { ...summary, cancelled: false };
}

/** The refusal without the file's name, which the summary gives: "line 3: no Chinese text found". */
function reasonIn(refusal: AddDocumentError, name: string): string {
  const line = refusal.where?.startsWith(`${name}:`) ? refusal.where.slice(name.length + 1) : undefined;
  return line !== undefined ? `line ${line}: ${refusal.reason}` : refusal.where === name || refusal.where === undefined ? refusal.reason : refusal.message;
}
