import { Problem, hasErrors, refusalReason } from './problem';
import { PlainObject, writeYaml } from './yamlWrite';
import { YamlSource } from './yamlSource';

/** A notes or codebook file as read: what parsed, what could be understood, and what is wrong. */
export interface LoadedFile<T> {
  /** Present when the bytes parsed as YAML. */
  readonly source?: YamlSource;
  /** What could be understood; parts with errors are left out. */
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
  | { readonly status: 'changed'; readonly text: string }
  | { readonly status: 'refused'; readonly reason: string };

export interface FileFormat<T> {
  /** The value in the file's fixed layout (key order, sorting). */
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
  if (previous?.content !== undefined && JSON.stringify(format.toPlain(previous.content)) === JSON.stringify(format.toPlain(next))) {
    return { status: 'unchanged' };
  }
  return { status: 'changed', text: serialise(format, next, previous) };
}

/** The text of `content`, written into `previous` in place when given (see writeYaml). */
export function serialise<T>(format: FileFormat<T>, content: T, previous?: LoadedFile<T>): string {
  return writeYaml(format.toPlain(content), previous?.source, format.header);
}
