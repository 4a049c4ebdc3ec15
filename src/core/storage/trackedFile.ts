import { FileRefused, sameBytes } from './fileSystem';
import { messageOf } from '../lib/messageOf';
import { error, FileFormat, Interpretation, LoadedFile, Locator, rememberPlain, saveFile, START_OF_FILE } from '../yaml';
import { localized } from '../l10n/localized';

export interface Written<T> {
  readonly bytes: Uint8Array;
  /** The file as a reader would load it: checked before writing, kept so that it need not be read again. */
  readonly loaded: LoadedFile<T>;
}

/** The bytes of a file as read, and what they say (undefined: no file); `changed` when they are not what was known. */
export interface Reading<T> {
  readonly changed: boolean;
  readonly bytes: Uint8Array | undefined;
  readonly loaded: LoadedFile<T> | undefined;
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

  /** The bytes last read or written; undefined when the file does not exist or could not be read. */
  get bytes(): Uint8Array | undefined {
    return this.knownBytes;
  }

  /** Whether `bytes` (undefined: no file) are other than what is known, without reading them. */
  differs(bytes: Uint8Array | undefined): boolean {
    return bytes === undefined ? this.knownBytes !== undefined || this.knownContent !== undefined : !sameBytes(bytes, this.knownBytes);
  }

  /** What the file says with `bytes` (undefined: no file), not taken yet: see take. */
  consider(bytes: Uint8Array | undefined): Reading<T> {
    return this.differs(bytes) ? { changed: true, bytes, loaded: bytes && this.reader.load(bytes) } : { changed: false, bytes, loaded: this.knownContent };
  }

  /** Makes a reading what is known of the file; true when it changed what was known. */
  take(reading: Reading<T>): boolean {
    if (reading.changed) {
      this.knownBytes = reading.bytes;
      this.knownContent = reading.loaded;
    }
    return reading.changed;
  }

  /**
   * Whether a reading looks like the file caught while another program writes it in place
   * (truncated, then filled): new bytes that do not read (do not parse, fail the schema), or none
   * where the file had content. Such a file is read again once it is quiet (see settledRead.ts).
   */
  caughtMidWrite(reading: Reading<T>): boolean {
    if (!reading.changed || reading.bytes === undefined) {
      return false;
    }
    const emptied = reading.bytes.byteLength === 0 && this.knownContent !== undefined;
    return emptied || (reading.loaded?.problems.some((problem) => problem.severity === 'error') ?? false);
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
