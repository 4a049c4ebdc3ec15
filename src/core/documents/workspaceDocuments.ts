import { NotesFileSystem, joinPath } from '../annotations/files/fileSystem';
import { Problem, START_OF_FILE, error } from '../annotations/model/problem';
import { PolicyDocument } from '../model';
import { EncodingError, decodeSource } from '../parse/decode';
import { parseDocument } from '../parse/parseDocument';
import { SourceFormatError } from '../parse/sourceFormatError';
import { DOCUMENTS_FOLDER, DOCUMENT_FILE, DocumentRecord, loadDocumentFile } from './documentFile';

/** A problem in one file of the documents folder; `path` is relative to the workspace. */
export interface DocumentProblem extends Problem {
  readonly path: string;
}

export interface WorkspaceDocuments {
  /** In the order of their folders' names. */
  readonly documents: readonly PolicyDocument[];
  /** What kept a folder from being read as a document; the other documents still load. */
  readonly problems: readonly DocumentProblem[];
}

/**
 * Reads every `policy-documents/<id>/document.yaml` and the sources it names. A folder that cannot
 * be read is reported, never fatal: one broken document must not hide the others.
 */
export async function loadWorkspaceDocuments(fs: NotesFileSystem, reserved: ReadonlySet<string>): Promise<WorkspaceDocuments> {
  const folders = (await fs.readDirectory(DOCUMENTS_FOLDER)).filter(([, type]) => type === 'directory').map(([name]) => name).sort();
  const documents: PolicyDocument[] = [];
  const problems: DocumentProblem[] = [];
  for (const folder of folders) {
    const loaded = await loadFolder(fs, folder, reserved);
    if ('document' in loaded) {
      documents.push(loaded.document);
    } else {
      problems.push(...loaded.problems);
    }
  }
  return { documents, problems };
}

async function loadFolder(fs: NotesFileSystem, folder: string, reserved: ReadonlySet<string>): Promise<{ document: PolicyDocument } | { problems: DocumentProblem[] }> {
  const yamlPath = joinPath(DOCUMENTS_FOLDER, folder, DOCUMENT_FILE);
  const bytes = await fs.readFile(yamlPath);
  const at = (path: string, problem: Problem) => ({ problems: [{ ...problem, path }] });
  if (!bytes) {
    return at(yamlPath, error(`the folder has no ${DOCUMENT_FILE}, so it is not read as a document`, START_OF_FILE));
  }
  const file = loadDocumentFile(bytes);
  if (!file.content) {
    return { problems: file.problems.map((problem) => ({ ...problem, path: yamlPath })) };
  }
  const record: DocumentRecord = file.content;
  if (record.id !== folder) {
    return at(yamlPath, error(`the id "${record.id}" is not the folder's name "${folder}"`, START_OF_FILE));
  }
  if (reserved.has(record.id)) {
    return at(yamlPath, error(`the id "${record.id}" is a document Policy Annotator ships; rename the folder and the id`, START_OF_FILE));
  }
  const texts: { chinese?: string; english?: string } = {};
  for (const role of ['chinese', 'english'] as const) {
    const name = record.files[role];
    if (name === undefined) {
      continue;
    }
    const path = joinPath(DOCUMENTS_FOLDER, folder, name);
    const source = await fs.readFile(path);
    if (!source) {
      return at(yamlPath, error(`the ${role} file "${name}" is missing`, START_OF_FILE));
    }
    try {
      texts[role] = decodeSource(source).text;
    } catch (thrown) {
      if (thrown instanceof EncodingError) {
        return at(path, error(thrown.message, START_OF_FILE));
      }
      throw thrown;
    }
  }
  try {
    const { document } = parseDocument({ id: record.id, chinese: texts.chinese ?? '', ...(texts.english !== undefined && { english: texts.english }), facts: record.facts });
    return { document };
  } catch (thrown) {
    if (thrown instanceof SourceFormatError) {
      const name = thrown.file === 'english' ? record.files.english : record.files.chinese;
      return at(joinPath(DOCUMENTS_FOLDER, folder, name ?? ''), error(thrown.message.replace(/^line \d+: /, ''), { line: thrown.line, column: 1 }));
    }
    throw thrown;
  }
}
