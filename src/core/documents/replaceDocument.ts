import { inTransaction, joinPath, JOURNAL_NAME, NotesFileSystem } from '../storage';
import { serialise } from '../yaml';
import { PolicyDocument } from '../model';
import { AddDocumentError, AddRequest, PlannedAddition, planAddition } from './addDocument';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DOCUMENT_FORMAT, DocumentRecord, loadDocumentFile } from './documentFile';
import { FollowedNotes, followNotes } from './followNotes';
import { NotesLayout } from '../annotations/store/notesLayout';
import { localized } from '../l10n/localized';

export interface ReplaceRequest extends Omit<AddRequest, 'id' | 'revises'> {
  /** The document whose text is replaced, as the library has it now. */
  readonly current: PolicyDocument;
  /** The notes folder, relative to the workspace (policy-notes by default). */
  readonly notesFolder: string;
}

export interface PlannedReplacement extends PlannedAddition {
  readonly notes: FollowedNotes;
  /** Source files of the old text that the new one does not overwrite: removed after it is written. */
  readonly obsolete: readonly string[];
}

/**
 * Replacing a document's text (a corrected source, a better translation, a text numbered
 * otherwise) under the same id: the new files are read and parsed as for adding; document.yaml
 * keeps every fact it has (the user's corrections, the citation key), taking from the new text
 * only the facts it lacks; and the notes on the document follow their words (see followNotes).
 * Everything is checked before anything is written.
 */
export async function planReplacement(fs: NotesFileSystem, request: ReplaceRequest): Promise<PlannedReplacement> {
  const id = request.current.id;
  const folder = joinPath(DOCUMENTS_FOLDER, id);
  const yamlPath = joinPath(folder, DOCUMENT_FILE);
  const bytes = await fs.readFile(yamlPath);
  const previous = bytes && loadDocumentFile(bytes).content;
  if (!previous) {
    throw new AddDocumentError(localized('add.notReplaceable', id, DOCUMENT_FILE), yamlPath);
  }
  const taken = new Set([...request.taken].filter((other) => other !== id));
  const added = planAddition({ chinese: request.chinese, ...(request.english && { english: request.english }), id, taken });
  const record: DocumentRecord = { ...added.record, facts: { ...added.record.facts, ...previous.facts } };
  const files = [
    ...added.files.filter((file) => !file.path.endsWith(`/${DOCUMENT_FILE}`)),
    { path: yamlPath, bytes: new TextEncoder().encode(serialise(DOCUMENT_FORMAT, record)) },
  ];
  const written = new Set(files.map((file) => file.path));
  const obsolete = [previous.files.chinese, previous.files.english, previous.files.original]
    .filter((name): name is string => name !== undefined)
    .map((name) => joinPath(folder, name))
    .filter((path) => !written.has(path));
  const notes = await followNotes(fs, request.notesFolder, request.current, added.document);
  return { ...added, record, files, notes, obsolete };
}

/**
 * Replaces a document's text as one transaction (see inTransaction): under the locks of its
 * document.yaml and of every notes file on it, the replacement is planned on the files as they are
 * then, and the new sources, document.yaml, the moved notes and the removal of the old sources
 * happen together. A process killed at any point leaves the old numbering everywhere or the new
 * one everywhere, never notes one article off their text; a save of notes made meanwhile waits,
 * and is then merged into the new file.
 */
export async function replaceDocument(fs: NotesFileSystem, request: ReplaceRequest): Promise<PlannedReplacement> {
  return replaceInTransaction(fs, request.current.id, request.notesFolder, () => planReplacement(fs, request));
}

/**
 * Writes a replacement of document `id` as one transaction: `plan` runs under the locks, on the
 * files as they are then, and what it plans is written together (replaceDocument, attachTranslation).
 */
export async function replaceInTransaction(fs: NotesFileSystem, id: string, notesFolder: string, plan: () => Promise<PlannedReplacement>): Promise<PlannedReplacement> {
  const layout = new NotesLayout(notesFolder);
  const notes = await layout.discoverDocument(fs, id);
  const yamlPath = joinPath(DOCUMENTS_FOLDER, id, DOCUMENT_FILE);
  return inTransaction(fs, joinPath(notesFolder, JOURNAL_NAME), [yamlPath, ...notes], async () => {
    const planned = await plan();
    const changes = [...planned.files, ...planned.obsolete.map((path) => ({ path })), ...planned.notes.files];
    return { changes, value: planned };
  });
}
