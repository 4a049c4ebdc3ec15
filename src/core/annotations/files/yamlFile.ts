import { Document } from 'yaml';
import { sameData } from '../../lib/plain';
import { Problem, hasErrors, refusalReason } from '../model/problem';
import { PlainObject, writeYaml } from './yamlWrite';
import { YamlSource } from './yamlSource';

/** A notes or codebook file as read: what parsed, what could be understood, and what is wrong. */
export interface LoadedFile<T> extends Interpretation<T> {
  /** Present when the bytes parsed as YAML. */
  readonly source?: YamlSource;
}

/** What the value of a file says: what could be understood (parts with errors are left out), and what is wrong. */
export interface Interpretation<T> {
  readonly content?: T;
  readonly problems: readonly Problem[];
}

/**
 * Only a file without errors is written: writing one with errors would either drop what we could not
 * read or keep content we do not understand, and the person fixing it by hand would lose their work.
 */
export function isWritable(file: LoadedFile<unknown>): boolean {
  return file.source !== undefined && file.content !== undefined && !hasErrors(file.problems);
}

export type SaveResult =
  | { readonly status: 'unchanged' }
  | {
      readonly status: 'changed';
      readonly text: string;
      /** The document `text` is the text of, which the next save edits. */
      readonly doc: Document;
      /** The value written, in the format's layout. */
      readonly value: PlainObject;
    }
  | { readonly status: 'refused'; readonly reason: string };

export interface FileFormat<T> {
  /**
   * The value in the file's fixed layout (key order, sorting), with no member that is undefined:
   * it is checked as the value a reader of the file gets.
   */
  readonly toPlain: (content: T) => PlainObject;
  /** Comment lines above a new file. */
  readonly header: readonly string[];
}

/**
 * The new text of a file (`previous` is undefined when it does not exist yet), or "unchanged" when
 * `next` says what the file already says, so that the caller writes nothing.
 */
export function saveFile<T>(format: FileFormat<T>, previous: LoadedFile<T> | undefined, next: T): SaveResult {
  if (previous && !isWritable(previous)) {
    return { status: 'refused', reason: refusalReason(previous.problems) };
  }
  const value = format.toPlain(next);
  if (previous?.content !== undefined && sameData(format.toPlain(previous.content), value)) {
    return { status: 'unchanged' };
  }
  return { status: 'changed', value, ...writeYaml(value, previous?.source, format.header) };
}

/** The text of `content`, written into `previous` in place when given (see writeYaml). */
export function serialise<T>(format: FileFormat<T>, content: T, previous?: LoadedFile<T>): string {
  return writeYaml(format.toPlain(content), previous?.source, format.header).text;
}
