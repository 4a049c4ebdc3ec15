import { joinPath, NotesFileSystem, writeUserFile } from '../storage';
import { serialise } from '../yaml';
import { sha1Hex } from '../lib/sha1';
import { PolicyDocument } from '../model';
import { EncodingError, decodeSource } from '../parse/decode';
import { DocumentFacts, ParsedDocument, parseDocument } from '../parse/parseDocument';
import { SourceFormatError } from '../parse/sourceFormatError';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DOCUMENT_FORMAT, DocumentRecord } from './documentFile';
import { DOCUMENT_ID, factsSlug, freeId, slugOf } from './documentId';
import { isWindowsReserved } from '../annotations/model/authorSlug';
import { localized } from '../l10n/localized';

/**
 * Adding a document to a workspace: read and parse the given files, choose the id, and write
 * `policy-documents/<id>/` (the sources byte for byte, then document.yaml). Everything is checked
 * before anything is written; a refusal is one located message.
 */

export interface SourceFile {
  /** The file's name (a path is reduced to its last segment), e.g. "e-commerce-law-2018.zh.md". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface AddRequest {
  /** What the parser reads: the source as given, or the text extracted from `original`. */
  readonly chinese: SourceFile;
  /** The file as given when `chinese` is the text extracted from it (a .docx, a .pdf, a web page). */
  readonly original?: SourceFile;
  readonly english?: SourceFile;
  /** The id to use; by default one is made from the file name or the English title. */
  readonly id?: string;
  /** The id of the document this one revises; it must be in the library. */
  readonly revises?: string;
  /** Ids the library already has (the embedded documents, the workspace's). */
  readonly taken: ReadonlySet<string>;
}

export interface PlannedAddition extends ParsedDocument {
  readonly record: DocumentRecord;
  /** Relative to the workspace, in the order they are written (document.yaml last). */
  readonly files: readonly { readonly path: string; readonly bytes: Uint8Array }[];
}

/** Why a document cannot be added: `where` is "file:line" (or a file, or nothing) for the message. */
export class AddDocumentError extends Error {
  constructor(readonly reason: string, readonly where?: string) {
    super(where ? `${where}: ${reason}` : reason);
    this.name = 'AddDocumentError';
  }
}

export function planAddition(request: AddRequest): PlannedAddition {
  const chineseName = baseName(request.chinese.name);
  const originalName = request.original && distinctName(baseName(request.original.name), chineseName);
  const englishName = request.english && distinctName(baseName(request.english.name), chineseName);
  const chinese = decoded(request.chinese, chineseName);
  const english = request.english && englishName ? decoded(request.english, englishName) : undefined;
  const parse = (id: string): ParsedDocument => {
    try {
      return parseDocument({ id, chinese, ...(english !== undefined && { english }) });
    } catch (thrown) {
      if (thrown instanceof SourceFormatError) {
        const file = thrown.file === 'english' ? request.english?.name : request.chinese.name;
        throw new AddDocumentError(thrown.message.replace(/^line \d+: /, ''), `${file}:${thrown.line}`);
      }
      throw thrown;
    }
  };
  if (request.revises !== undefined && !request.taken.has(request.revises)) {
    throw new AddDocumentError(localized('add.noRevised', request.revises));
  }
  const id = chooseId(request, () => parse('document').document);
  const parsed = parse(id);
  const record: DocumentRecord = {
    id,
    files: {
      chinese: chineseName,
      ...(englishName !== undefined && { english: englishName }),
      ...(originalName !== undefined && { original: originalName }),
      sha1: sha1Hex((request.original ?? request.chinese).bytes),
    },
    facts: { ...factsOf(parsed.document), ...(request.revises !== undefined && { revises: request.revises }) },
  };
  const folder = joinPath(DOCUMENTS_FOLDER, id);
  const files = [
    ...(request.original && originalName ? [{ path: joinPath(folder, originalName), bytes: request.original.bytes }] : []),
    { path: joinPath(folder, chineseName), bytes: request.chinese.bytes },
    ...(request.english && englishName ? [{ path: joinPath(folder, englishName), bytes: request.english.bytes }] : []),
    { path: joinPath(folder, DOCUMENT_FILE), bytes: new TextEncoder().encode(serialise(DOCUMENT_FORMAT, record)) },
  ];
  return { ...parsed, record, files };
}

/**
 * Writes a planned addition. The folder must not exist: a document is never overwritten. The
 * sources go first and document.yaml last, so that an interrupted addition is a folder without
 * document.yaml, which loading reports and nothing mistakes for a document.
 */
export async function writeAddition(fs: NotesFileSystem, plan: PlannedAddition): Promise<void> {
  const folder = joinPath(DOCUMENTS_FOLDER, plan.record.id);
  const existing = await fs.readDirectory(folder);
  if (existing.length > 0) {
    throw new AddDocumentError(localized('add.folderExists', folder));
  }
  for (const file of plan.files) {
    // Never over a file that another addition of the same id wrote meanwhile.
    await writeUserFile(
      fs,
      file.path,
      (current) => {
        if (current !== undefined) {
          throw new AddDocumentError(localized('add.folderExists', folder));
        }
        return file.bytes;
      },
      Number.POSITIVE_INFINITY,
    );
  }
}

/** What the parser found, written into document.yaml for the user to see and correct. */
function factsOf(document: PolicyDocument): DocumentFacts {
  const title = { ...(document.title.en && { en: document.title.en }), ...(document.title.zh && { zh: document.title.zh }) };
  const shortTitle = { ...(document.translated && { en: document.shortTitle.en }), zh: document.shortTitle.zh };
  return {
    title,
    shortTitle,
    ...((document.issuers.en.length > 0 || document.issuers.zh.length > 0) && { issuers: document.issuers }),
    ...(document.documentNumber && { documentNumber: document.documentNumber }),
    ...(document.date && { date: document.date }),
    ...(document.dates && { dates: document.dates }),
  };
}

function decoded(file: SourceFile, name: string): string {
  try {
    return decodeSource(file.bytes).text;
  } catch (thrown) {
    if (thrown instanceof EncodingError) {
      throw new AddDocumentError(thrown.message, name);
    }
    throw thrown;
  }
}

function chooseId(request: AddRequest, provisional: () => PolicyDocument): string {
  if (request.id !== undefined) {
    if (!DOCUMENT_ID.test(request.id)) {
      throw new AddDocumentError(localized('add.notAnId', request.id));
    }
    if (isWindowsReserved(request.id)) {
      throw new AddDocumentError(localized('add.windowsReserved', request.id));
    }
    if (request.taken.has(request.id)) {
      throw new AddDocumentError(localized('add.idTaken', request.id));
    }
    return request.id;
  }
  // The file name says what the user calls the document; a name of Chinese characters gives no
  // slug, so then the English title (and the year) does, else the text's kind and date.
  let wanted = slugOf(request.chinese.name);
  if (wanted === '') {
    const { shortTitle, date, translated, type } = provisional();
    wanted = (translated && slugOf(`${shortTitle.en} ${date.slice(0, 4)}`)) || factsSlug(type, date);
  }
  // A file named con.md names the document "con", which Windows cannot check out.
  return freeId(isWindowsReserved(wanted) ? `${wanted}-document` : wanted, request.taken);
}

function baseName(name: string): string {
  const base = name.replace(/^.*[/\\]/, '');
  if (base === '' || base === '.' || base === '..') {
    throw new AddDocumentError(localized('add.notAFileName', name));
  }
  return base === DOCUMENT_FILE ? `source-${base}` : base;
}

/** The English (or original) file keeps its name unless it is the Chinese one's. */
function distinctName(name: string, taken: string): string {
  return name === taken ? `english-${name}` : name;
}
