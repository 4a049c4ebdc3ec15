import { localized } from '../../core/l10n/localized';
import { lstat, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';
import { AnnotationStore } from '../../core/annotations/store/store';
import { NotesCache } from '../../core/annotations/store/notesCache';
import { hasErrors } from '../../core/yaml';
import { Library } from '../../core/library';
import { PROGRAM } from '../command';
import { GivenOptions } from '../options';
import { NodeFileSystem } from '../../platform/nodeFileSystem';
import { UsageError } from '../usageError';

export { DEFAULT_NOTES_FOLDER };

export interface OpenedNotes {
  readonly store: AnnotationStore;
  /** Files relative to the folder the command line was given in, so that the paths printed are the ones to type. */
  readonly fs: NodeFileSystem;
  /** The notes folder relative to that folder, with `/`. */
  readonly folder: string;
}

/** Where a command runs: the folder it was typed in, and the workspace it reads (--folder, else the same). */
export interface CommandPlace {
  readonly cwd: string;
  readonly folder: string;
}

/**
 * The notes folder a command names, as typed (relative to where it was typed), else the workspace's
 * policy-notes/ (the documents of --folder with their notes); relative to `cwd`, with `/`.
 */
export function notesFolderOperand(operand: string | undefined, place: CommandPlace): string {
  const folder = operand === undefined ? path.resolve(place.folder, DEFAULT_NOTES_FOLDER) : path.resolve(place.cwd, operand);
  return toPosix(path.relative(place.cwd, folder)) || '.';
}

/** How a command uses the notes: as a coder who writes (autocode), or only to read them. */
export interface NotesUse {
  /** The coder whose notes file the store writes. */
  readonly author: string;
  /** A missing notes folder is created on the first write instead of refused. */
  readonly create: boolean;
  /** Which sidecars are read on opening (see StoreOptions.read): all of them by default. */
  readonly read?: 'all' | 'asked';
}

/**
 * Opens a notes folder with the annotation store, which reports every file's problems. Read-only
 * commands name no coder (import writes its one file itself); autocode writes as its coder.
 */
export async function openNotes(operand: string | undefined, library: Library, place: CommandPlace, use: NotesUse = { author: 'Policy Annotator', create: false }): Promise<OpenedNotes> {
  const { cwd } = place;
  const folder = notesFolderOperand(operand, place);
  const found = await stat(path.resolve(cwd, folder)).catch(() => undefined);
  if (!found?.isDirectory() && !(use.create && found === undefined)) {
    throw new UsageError(localized(operand === undefined ? 'cli.noNotesFolderHere' : 'cli.noNotesFolder', folder));
  }
  await notLinkedOut(path.resolve(cwd, folder));
  // Nothing is read or written through a link that leads out of the notes folder.
  const fs = new NodeFileSystem(cwd, folder);
  // Coder files read before are taken from the workspace's policy-documents/.cache/notes/, shared with the editor.
  const cache = new NotesCache(new NodeFileSystem(place.folder));
  const store = await AnnotationStore.open({ fs, library, notesFolder: folder, author: use.author, cache, ...(use.read && { read: use.read }) });
  return { store, fs, folder };
}

/**
 * Refuses a notes folder that is itself a link to a folder outside the one holding it: the
 * confinement to the notes folder would otherwise confine to wherever the link (which git commits)
 * leads, and notes would be read and written there.
 */
async function notLinkedOut(folder: string): Promise<void> {
  if (!(await lstat(folder).catch(() => undefined))?.isSymbolicLink()) {
    return;
  }
  const [real, parent] = await Promise.all([realpath(folder).catch(() => folder), realpath(path.dirname(folder))]);
  const relative = path.relative(parent, real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`${folder} is a link to ${real}, outside the workspace: notes are not read or written there`);
  }
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The notes files with errors, whose unreadable parts a report over the folder leaves out: a
 * command refuses to go on (exit 1, the files named) unless --allow-errors says to, and then
 * warns. Returns the warning to print.
 */
export function filesWithErrors(store: AnnotationStore, options: GivenOptions): string[] {
  const broken = store.files().filter((file) => hasErrors(file.problems));
  if (broken.length === 0) {
    return [];
  }
  const message = `${broken.length} notes file${broken.length === 1 ? ' has' : 's have'} errors, and what cannot be read in them is left out: ${broken.map((file) => file.path).join(', ')} (see ${PROGRAM} check)`;
  if (!options.has('allow-errors')) {
    throw new Error(`${message}; --allow-errors goes on without it`);
  }
  return [message];
}
