import { sameBytes } from './fileSystem';
import { START_OF_FILE, error } from './problem';
import { FileFormat, LoadedFile, saveFile } from './yamlFile';

export interface Written<T> {
  readonly bytes: Uint8Array;
  /** The bytes as read back: checked before writing, kept so that they need not be parsed again. */
  readonly loaded: LoadedFile<T>;
}

export type Prepared<T> = { readonly status: 'unchanged' } | ({ readonly status: 'changed' } & Written<T>) | { readonly status: 'refused'; readonly reason: string };

/** One notes or codebook file as a store knows it: the bytes last read or written, and what they say. */
export class TrackedFile<T> {
  private knownBytes: Uint8Array | undefined;
  private knownContent: LoadedFile<T> | undefined;

  constructor(
    readonly path: string,
    private readonly format: FileFormat<T>,
    /** Reads bytes in the store's current context (the library, the codebook). */
    private readonly parse: (bytes: Uint8Array) => LoadedFile<T>,
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
    this.knownContent = bytes && this.parse(bytes);
    return true;
  }

  /** The file exists but could not be read (permissions, a device error): it is reported, and not written. */
  unreadable(reason: string): void {
    this.knownBytes = undefined;
    this.knownContent = { problems: [error(`the file could not be read: ${reason}`, START_OF_FILE)] };
  }

  /** Reads the known bytes again because what they are checked against changed (the codebook). */
  reparse(): void {
    if (this.knownBytes) {
      this.knownContent = this.parse(this.knownBytes);
    }
  }

  /**
   * The bytes that say `next`, or "unchanged" when the file already says it. A change that would
   * make the file invalid is refused here, so the store never writes a file it would not read back.
   */
  prepare(next: T): Prepared<T> {
    const saved = saveFile(this.format, this.knownContent, next);
    if (saved.status !== 'changed') {
      return saved;
    }
    const bytes = new TextEncoder().encode(saved.text);
    const loaded = this.parse(bytes);
    const firstError = loaded.problems.find((problem) => problem.severity === 'error');
    return firstError ? { status: 'refused', reason: `the change is invalid: ${firstError.message}` } : { status: 'changed', bytes, loaded };
  }

  /** Records what `prepare` made, once it is on disk. */
  written(file: Written<T>): void {
    this.knownBytes = file.bytes;
    this.knownContent = file.loaded;
  }
}
