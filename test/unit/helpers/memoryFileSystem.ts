import { EntryType, FileStamp, NotesFileSystem } from '../../../src/core/storage/fileSystem';

export type Operation = { readonly op: 'read' | 'stat' | 'write' | 'create' | 'rename' | 'delete' | 'list'; readonly path: string; readonly to?: string };

/** Files in a map, for tests: records every operation, and can be told to fail reads and renames. */
export class MemoryFileSystem implements NotesFileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly log: Operation[] = [];
  readonly unreadable = new Set<string>();
  failRenames = false;
  /** Every write stores a new array: its first sighting is the time of that version. */
  private readonly versions = new WeakMap<Uint8Array, number>();
  private clock = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) {
      this.files.set(path, new TextEncoder().encode(text));
    }
  }

  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }

  setText(path: string, text: string): void {
    this.files.set(path, new TextEncoder().encode(text));
  }

  /** The operations that changed files, lock files aside (a save takes the lock of its file before it reads it). */
  writes(): Operation[] {
    return this.log.filter((entry) => entry.op !== 'read' && entry.op !== 'stat' && entry.op !== 'list' && !entry.path.endsWith('.lock'));
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    this.log.push({ op: 'read', path });
    if (this.unreadable.has(path)) {
      throw new Error(`permission denied: ${path}`);
    }
    const bytes = this.files.get(path);
    return bytes && bytes.slice();
  }

  /** Each change of a file is a tick of its clock: the stamp's time counts them. */
  async stat(path: string): Promise<FileStamp | undefined> {
    this.log.push({ op: 'stat', path });
    const bytes = this.files.get(path);
    return bytes && { size: bytes.byteLength, mtime: this.changes(bytes) };
  }

  private changes(bytes: Uint8Array): number {
    let time = this.versions.get(bytes);
    if (time === undefined) {
      time = ++this.clock;
      this.versions.set(bytes, time);
    }
    return time;
  }

  async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    this.log.push({ op: 'write', path });
    this.files.set(path, bytes.slice());
  }

  async createExclusive(path: string, bytes: Uint8Array): Promise<boolean> {
    this.log.push({ op: 'create', path });
    if (this.files.has(path)) {
      return false;
    }
    this.files.set(path, bytes.slice());
    return true;
  }

  async rename(from: string, to: string): Promise<void> {
    this.log.push({ op: 'rename', path: from, to });
    const bytes = this.files.get(from);
    if (this.failRenames || !bytes) {
      throw new Error(`cannot rename ${from}`);
    }
    this.files.set(to, bytes);
    this.files.delete(from);
  }

  async delete(path: string): Promise<void> {
    this.log.push({ op: 'delete', path });
    this.files.delete(path);
  }

  async readDirectory(path: string): Promise<[string, EntryType][]> {
    this.log.push({ op: 'list', path });
    const prefix = path === '' ? '' : `${path}/`;
    const entries = new Map<string, EntryType>();
    for (const file of this.files.keys()) {
      if (file.startsWith(prefix)) {
        const [name, ...rest] = file.slice(prefix.length).split('/');
        entries.set(name, rest.length > 0 ? 'directory' : 'file');
      }
    }
    return [...entries];
  }
}
