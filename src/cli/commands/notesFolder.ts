import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';
import { AnnotationStore } from '../../core/annotations/store/store';
import { hasErrors } from '../../core/annotations/model/problem';
import { Library } from '../../core/library';
import { PROGRAM } from '../command';
import { GivenOptions } from '../options';
import { NodeFileSystem } from '../nodeFileSystem';
import { UsageError } from '../usageError';

export { DEFAULT_NOTES_FOLDER };

export interface OpenedNotes {
  readonly store: AnnotationStore;
  /** Files relative to the current folder, so that the paths printed are the ones to type. */
  readonly fs: NodeFileSystem;
  /** The notes folder relative to the current folder, with `/`. */
  readonly folder: string;
}

/** The notes folder a command names (or the default), relative to the current folder, with `/`. */
export function notesFolderOperand(operand: string | undefined): string {
  return toPosix(path.relative(process.cwd(), path.resolve(operand ?? DEFAULT_NOTES_FOLDER))) || '.';
}

/**
 * Reads a notes folder with the annotation store, which reports every file's problems. Only
 * annotate writes through the store, as `author`; the other commands only read it.
 */
export async function openNotes(operand: string | undefined, library: Library, author = 'Policy Annotator'): Promise<OpenedNotes> {
  const folder = notesFolderOperand(operand);
  const found = await stat(folder).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new UsageError(`there is no notes folder "${folder}"${operand === undefined ? ' here (name the folder that holds codebook.yaml)' : ''}`);
  }
  const fs = new NodeFileSystem(process.cwd(), folder);
  const store = await AnnotationStore.open({ fs, library, notesFolder: folder, author });
  return { store, fs, folder };
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
