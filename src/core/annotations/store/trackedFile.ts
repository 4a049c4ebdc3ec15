import { FileRefused, sameBytes } from '../files/fileSystem';
import { messageOf } from '../../lib/messageOf';
import { START_OF_FILE, error } from '../model/problem';
import { FileFormat, Interpretation, LoadedFile, rememberPlain, saveFile } from '../files/yamlFile';
import { Locator } from '../files/yamlLocate';
import { localized } from '../../l10n/localized';

export interface Written<T> {
  readonly bytes: Uint8Array;
  /** The file as a reader would load it: checked before writing, kept so that it need not be read again. */
  readonly loaded: LoadedFile<T>;
}

export type Prepared<T> = { readonly status: 'unchanged' } | ({ readonly status: 'changed' } & Written<T>) | { readonly status: 'refused'; readonly reason: string };

/** How a file is read, in the store's current context (the library, the codebook). */
export interface FileReader<T> {
  /** Reads bytes: parses them and interprets the value. */
  readonly load: (bytes: Uint8Array) => LoadedFile<T>;
  /** Interprets a value, with `at` placing the problems. */
  readonly interpret: (value: unknown, at: Locator) => Interpretation<T>;
}

/** One notes or codebook file as a store knows it: the bytes last read or written, and what they say. */
export class TrackedFile<T> {
  private knownBytes: Uint8Array | undefined;
  private knownContent: LoadedFile<T> | undefined;

  constructor(
    readonly path: string,
    private readonly format: FileFormat<T>,
    private readonly reader: FileReader<T>,
  ) {}

  /** Undefined when the file does not exist. */
  get loaded(): LoadedFile<T> | undefined {
    return this.knownContent;
  }

  /** Takes what is on disk (undefined: no file); true when it differs from what was known. */
  accept(bytes: Uint8Array | undefined): boolean {
    const known = bytes === undefined ? this.knownBytes === undefined && this.knownContent === undefined : sameBytes(bytes, this.knownBytes);
    if (known) {
      return false;
    }
    this.knownBytes = bytes;
    this.knownContent = bytes && this.reader.load(bytes);
    return true;
  }

  /**
   * The file exists but was not read (permissions, a device error, or refused: too large, a link
   * out of the workspace, not a regular file): it is reported, and not written.
   */
  unreadable(thrown: unknown): void {
    const reason = thrown instanceof FileRefused ? thrown.message : localized('problem.unreadable', messageOf(thrown));
    this.knownBytes = undefined;
    this.knownContent = { problems: [error(reason, START_OF_FILE)] };
  }

  /** Reads the known bytes again because what they are checked against changed (the codebook). */
  reparse(): void {
    if (this.knownBytes) {
      this.knownContent = this.reader.load(this.knownBytes);
    }
  }

  /**
   * The bytes that say `next`, or "unchanged" when the file already says it. A change that would
   * make the file invalid is refused here, so the store never writes a file it would not read back.
   *
   * What is checked is the value written, not the text: the writer writes text that reads back as
   * that value (the format tests and test/unit/abuse check it byte for byte), and parsing the text
   * again would cost a file of 10,000 annotations seconds per save. The text is read back all the
   * same after a change with problems, whose places in the text matter.
   */
  prepare(next: T): Prepared<T> {
    const saved = saveFile(this.format, this.knownContent, next);
    if (saved.status !== 'changed') {
      return saved;
    }
    const bytes = new TextEncoder().encode(saved.source.text);
    const checked = this.reader.interpret(saved.value, () => START_OF_FILE);
    const clean = checked.content !== undefined && checked.problems.length === 0;
    if (clean) {
      rememberPlain(checked.content, saved.value);
    }
    const loaded: LoadedFile<T> = clean ? { source: saved.source, content: checked.content, problems: [] } : this.reader.load(bytes);
    const firstError = loaded.problems.find((problem) => problem.severity === 'error');
    return firstError ? { status: 'refused', reason: `the change is invalid: ${firstError.message}` } : { status: 'changed', bytes, loaded };
  }

  /** Records what `prepare` made, once it is on disk. */
  written(file: Written<T>): void {
    this.knownBytes = file.bytes;
    this.knownContent = file.loaded;
  }
}
