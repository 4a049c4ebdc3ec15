import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';
import { AnnotationStore } from '../../core/annotations/store/store';
import { Library } from '../../core/library';
import { NodeFileSystem } from '../nodeFileSystem';
import { UsageError } from '../usageError';

export { DEFAULT_NOTES_FOLDER };

export interface OpenedNotes {
  readonly store: AnnotationStore;
  /** Files relative to the folder the command line was given in, so that the paths printed are the ones to type. */
  readonly fs: NodeFileSystem;
  /** The notes folder relative to that folder, with `/`. */
  readonly folder: string;
}

/** The notes folder a command names (or the default), relative to `cwd`, with `/`. */
export function notesFolderOperand(operand: string | undefined, cwd: string): string {
  return toPosix(path.relative(cwd, path.resolve(cwd, operand ?? DEFAULT_NOTES_FOLDER))) || '.';
}

/** How a command uses the notes: as a coder who writes (autocode), or only to read them. */
export interface NotesUse {
  /** The coder whose notes file the store writes. */
  readonly author: string;
  /** A missing notes folder is created on the first write instead of refused. */
  readonly create: boolean;
}

/**
 * Opens a notes folder with the annotation store, which reports every file's problems. Read-only
 * commands name no coder (import writes its one file itself); autocode writes as its coder.
 */
export async function openNotes(operand: string | undefined, library: Library, cwd: string, use: NotesUse = { author: 'Policy Annotator', create: false }): Promise<OpenedNotes> {
  const folder = notesFolderOperand(operand, cwd);
  const found = await stat(path.resolve(cwd, folder)).catch(() => undefined);
  if (!found?.isDirectory() && !(use.create && found === undefined)) {
    throw new UsageError(`there is no notes folder "${folder}"${operand === undefined ? ' here (name the folder that holds codebook.yaml)' : ''}`);
  }
  const fs = new NodeFileSystem(cwd);
  const store = await AnnotationStore.open({ fs, library, notesFolder: folder, author: use.author });
  return { store, fs, folder };
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
