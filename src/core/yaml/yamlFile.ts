import { sameData } from '../lib/plain';
import { Problem, hasErrors, refusalReason } from './problem';
import { spliceList } from './listSplice';
import { textSource } from './textSource';
import { hasComments } from './yamlComments';
import { parseClean } from './yamlParse';
import { PlainObject, writeYaml } from './yamlWrite';
import { YamlSource } from './textSource';
import { DEFAULT_LIMITS, syntaxErrors } from './yamlSource';
import { frozenInTests } from '../lib/frozenInTests';

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
      /** The text written and its value, in the format's layout, which the next save starts from. */
      readonly source: YamlSource;
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
  /** The key of the keyed list a large file is mostly made of, whose items a save splices (see spliceList). */
  readonly listKey?: string;
}

/**
 * The new text of a file (`previous` is undefined when it does not exist yet), or "unchanged" when
 * `next` says what the file already says, so that the caller writes nothing.
 */
export function saveFile<T>(format: FileFormat<T>, previous: LoadedFile<T> | undefined, next: T): SaveResult {
  if (previous && !isWritable(previous)) {
    return { status: 'refused', reason: refusalReason(previous.problems) };
  }
  const value = plainOf(format, next);
  if (previous?.content !== undefined && sameData(plainOf(format, previous.content), value)) {
    return { status: 'unchanged' };
  }
  const source = written(format, value, previous?.source);
  return 'problems' in source ? { status: 'refused', reason: refusalReason(source.problems) } : { status: 'changed', value, source };
}

/** Contents and their values in the format's layout, which a save compares: contents are never changed once made. */
const plainValues = new WeakMap<object, PlainObject>();

function plainOf<T>(format: FileFormat<T>, content: T): PlainObject {
  const key = content as object;
  let value = plainValues.get(key);
  if (!value) {
    value = format.toPlain(content);
    plainValues.set(frozenInTests(key), frozenInTests(value));
  }
  return value;
}

/** Records that `content` (read back from `value`) is what `value` says, so that the next save need not lay it out again. */
export function rememberPlain(content: unknown, value: PlainObject): void {
  if (typeof content === 'object' && content !== null) {
    plainValues.set(frozenInTests(content), frozenInTests(value));
  }
}

/** The text of `content`, written into `previous` in place when given (see written). */
export function serialise<T>(format: FileFormat<T>, content: T, previous?: LoadedFile<T>): string {
  const source = written(format, format.toPlain(content), previous?.source);
  if ('problems' in source) {
    throw new Error(refusalReason(source.problems));
  }
  return source.text;
}

/**
 * The file `value` is written as: what writeYaml makes of the previous file's document (comments,
 * blank lines and the style of unchanged values kept), or of a new one under the format's header.
 * A file laid out as the writer lays it out has only its changed stretches rendered (spliceList),
 * which gives the same bytes; the test/unit/abuse tests compare the two.
 *
 * The fast reader accepts a few texts the yaml library refuses (a tab in a block literal's
 * indentation): a save that needs the library's document of such a file gives its errors instead.
 */
function written(format: Pick<FileFormat<unknown>, 'header' | 'listKey'>, value: PlainObject, previous: YamlSource | undefined): YamlSource | { readonly problems: readonly Problem[] } {
  const maxDepth = DEFAULT_LIMITS.maxDepth;
  const layout = previous && format.listKey !== undefined ? previous.layout(format.listKey) : undefined;
  if (previous && layout && format.listKey !== undefined) {
    const spliced = spliceList({ text: previous.text, value: previous.value, layout }, value, format.listKey, (piece) => parseClean(piece, maxDepth));
    if (spliced) {
      return textSource(spliced.text, value, maxDepth, { layout: { listKey: format.listKey, layout: spliced.layout } });
    }
  }
  if (previous && previous.doc.errors.length > 0) {
    return { problems: syntaxErrors(previous.positions) };
  }
  const rendered = writeYaml(value, previous, format.header);
  // The rendered document stands for the text in the next save unless it has comments, whose place
  // the library does not always give back when it reads what it wrote: then the text is parsed.
  return textSource(rendered.text, value, maxDepth, hasComments(rendered.doc) ? {} : { written: rendered.doc });
}
