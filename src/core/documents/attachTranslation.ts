import { joinPath, NotesFileSystem } from '../storage';
import { serialise } from '../yaml';
import { PolicyDocument } from '../model';
import { AddDocumentError, SourceFile } from './addDocument';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DOCUMENT_FORMAT, DocumentRecord, loadDocumentFile } from './documentFile';
import { PlannedReplacement, planReplacement, replaceInTransaction } from './replaceDocument';
import { localized } from '../l10n/localized';

export interface TranslationRequest {
  /** The workspace document, as the library has it now. */
  readonly current: PolicyDocument;
  readonly english: SourceFile;
  readonly taken: ReadonlySet<string>;
  /** The notes folder, relative to the workspace. */
  readonly notesFolder: string;
}

/**
 * Attaching a translation to a document added in Chinese alone (or replacing its translation): the
 * Chinese text stays as it is, byte for byte, with the file it was extracted from and its hash;
 * the English is paired with it as when both are added together; the notes follow their words
 * (on an unchanged Chinese text, every one stays where it is). Written as one transaction, as a
 * replaced text is.
 */
export async function attachTranslation(fs: NotesFileSystem, request: TranslationRequest): Promise<PlannedReplacement> {
  return replaceInTransaction(fs, request.current.id, request.notesFolder, () => planTranslation(fs, request));
}

async function planTranslation(fs: NotesFileSystem, request: TranslationRequest): Promise<PlannedReplacement> {
  const folder = joinPath(DOCUMENTS_FOLDER, request.current.id);
  const yamlBytes = await fs.readFile(joinPath(folder, DOCUMENT_FILE));
  const previous = yamlBytes && loadDocumentFile(yamlBytes).content;
  const chineseBytes = previous && (await fs.readFile(joinPath(folder, previous.files.chinese)));
  if (!previous || !chineseBytes) {
    throw new AddDocumentError(localized('add.notReadable', request.current.id), folder);
  }
  const chinese = { name: previous.files.chinese, bytes: chineseBytes };
  const plan = await planReplacement(fs, { chinese, english: request.english, taken: request.taken, current: request.current, notesFolder: request.notesFolder });
  const files = { ...plan.record.files, ...(previous.files.original !== undefined && { original: previous.files.original }), ...(previous.files.sha1 !== undefined && { sha1: previous.files.sha1 }) };
  const record: DocumentRecord = { ...plan.record, files };
  const yamlPath = joinPath(folder, DOCUMENT_FILE);
  const original = previous.files.original === undefined ? undefined : joinPath(folder, previous.files.original);
  return {
    ...plan,
    record,
    files: plan.files.map((file) => (file.path === yamlPath ? { path: yamlPath, bytes: new TextEncoder().encode(serialise(DOCUMENT_FORMAT, record)) } : file)),
    obsolete: plan.obsolete.filter((path) => path !== original),
  };
}
