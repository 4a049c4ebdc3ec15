import { NotesFileSystem, joinPath } from './fileSystem';
import { randomBase32 } from '../lib/base32';
import { writeAtomically } from './atomicWrite';
import { withFileLock } from './fileLock';

/** A file a transaction writes (with `bytes`) or removes (without). */
export interface FileChange {
  readonly path: string;
  readonly bytes?: Uint8Array;
}

/** The journal's name in the notes folder, where every writer of notes looks for it (see MergingWriter). */
export const JOURNAL_NAME = '.policy-annotator-journal';

/**
 * What the journal holds: the changes, each with the file its new bytes are staged in, paths
 * relative to the journal's folder (`../policy-documents/…` for a document), so that the store,
 * whose paths start elsewhere, reads the same journal. `committed` is the point of no return.
 */
interface Journal {
  readonly committed: boolean;
  readonly changes: readonly { readonly path: string; readonly staged?: string }[];
}

/**
 * Runs `plan` while holding the journal's lock and the locks of `paths` (every file the
 * transaction may change), then makes its changes as one: either all of them happen or none, even
 * when the process is killed at any point. The new bytes are staged beside their files, the
 * journal is written listing them, then marked committed (one atomic rename), and only then are
 * the files renamed into place and the journal removed. A kill before the mark leaves every file
 * as it was (the staged files are removed by the next finishTransaction); after it, the next
 * finishTransaction (every command, every save of notes) completes the renames.
 */
export async function inTransaction<T>(fs: NotesFileSystem, journal: string, paths: readonly string[], plan: () => Promise<{ readonly changes: readonly FileChange[]; readonly value: T }>): Promise<T> {
  return withFileLock(fs, journal, async () => {
    await settle(fs, journal);
    return withFileLocks(fs, [...new Set(paths)].sort(), async () => {
      const { changes, value } = await plan();
      const folder = folderOf(journal);
      const token = randomBase32(8);
      const entries = changes.map((change) => ({ path: relative(folder, change.path), ...(change.bytes && { staged: relative(folder, `${change.path}.txn-${token}`) }) }));
      await writeJournal(fs, journal, { committed: false, changes: entries });
      for (const change of changes) {
        if (change.bytes) {
          await fs.writeFile(`${change.path}.txn-${token}`, change.bytes);
        }
      }
      await writeJournal(fs, journal, { committed: true, changes: entries });
      await apply(fs, journal);
      return value;
    });
  });
}

/**
 * Completes or undoes a transaction a killed process left: true when there was one. Waits for a
 * transaction still running (its journal's lock). Throws when its files cannot be reached from
 * `fs` (a store confined to the notes folder, for a document's files): the message says to run
 * any command in the workspace folder.
 */
export async function finishTransaction(fs: NotesFileSystem, journal: string): Promise<boolean> {
  if ((await fs.stat(journal)) === undefined) {
    return false;
  }
  return withFileLock(fs, journal, () => settle(fs, journal));
}

async function settle(fs: NotesFileSystem, journal: string): Promise<boolean> {
  const bytes = await fs.readFile(journal, JOURNAL_MAX_BYTES);
  if (bytes === undefined) {
    return false;
  }
  try {
    await apply(fs, journal);
  } catch (thrown) {
    throw new Error(`a replacement of a document's text was interrupted, and ${journal} lists what remains to do; run any policy-annotator command in the workspace folder to finish it (${thrown instanceof Error ? thrown.message : String(thrown)})`);
  }
  return true;
}

/** Renames the staged files into place (committed) or removes them (not), then the journal. Done twice, it does nothing more. */
async function apply(fs: NotesFileSystem, journal: string): Promise<void> {
  const bytes = await fs.readFile(journal, JOURNAL_MAX_BYTES);
  if (bytes === undefined) {
    return;
  }
  const folder = folderOf(journal);
  const read = parseJournal(new TextDecoder().decode(bytes));
  for (const change of read?.changes ?? []) {
    const path = resolve(folder, change.path);
    const staged = change.staged === undefined ? undefined : resolve(folder, change.staged);
    if (!read?.committed) {
      if (staged !== undefined) {
        await fs.delete(staged);
      }
    } else if (staged === undefined) {
      await fs.delete(path);
    } else if ((await fs.stat(staged)) !== undefined) {
      await fs.rename(staged, path);
    }
  }
  await fs.delete(journal);
}

function parseJournal(text: string): Journal | undefined {
  try {
    const value = JSON.parse(text) as Journal;
    return typeof value === 'object' && value !== null && Array.isArray(value.changes) ? value : undefined;
  } catch {
    // A journal cut short is one written before its commit mark (which is an atomic rename): nothing was renamed.
    return undefined;
  }
}

async function writeJournal(fs: NotesFileSystem, journal: string, content: Journal): Promise<void> {
  await writeAtomically(fs, journal, new TextEncoder().encode(JSON.stringify(content, null, 1)));
}

async function withFileLocks<T>(fs: NotesFileSystem, paths: readonly string[], work: () => Promise<T>): Promise<T> {
  const [first, ...rest] = paths;
  return first === undefined ? work() : withFileLock(fs, first, () => withFileLocks(fs, rest, work));
}

/** A journal is small: its paths only. */
const JOURNAL_MAX_BYTES = 16 * 1024 * 1024;

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1).replace(/\/$/, '');
}

/** `path` relative to `folder` (both relative to the file system's root), with `..` where it leads up. */
function relative(folder: string, path: string): string {
  const from = folder === '' ? [] : folder.split('/');
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) {
    common++;
  }
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The path that `relative` made, from the folder again. */
function resolve(folder: string, path: string): string {
  const parts: string[] = folder === '' ? [] : folder.split('/');
  for (const part of path.split('/')) {
    if (part === '..') {
      if (parts.length === 0 || parts[parts.length - 1] === '..') {
        parts.push('..');
      } else {
        parts.pop();
      }
    } else {
      parts.push(part);
    }
  }
  return joinPath(...parts);
}
