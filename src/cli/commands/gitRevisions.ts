import { execFileSync } from 'node:child_process';
import { EntryType, FileStamp, NotesFileSystem, tooLarge } from '../../core/storage';

/**
 * The notes as they were in a git revision, read with `git ls-tree` and `git show`, so that the
 * annotation store can open a revision like a folder. Read-only. Paths are relative to `cwd`,
 * as git's `<rev>:./<path>` takes them there.
 */
export class GitRevisionFileSystem implements NotesFileSystem {
  constructor(
    readonly revision: string,
    private readonly cwd: string,
  ) {}

  async readFile(file: string, maxBytes: number = Number.POSITIVE_INFINITY): Promise<Uint8Array | undefined> {
    const object = this.object(file);
    const size = this.size(object);
    if (size === undefined) {
      return undefined;
    }
    if (size > maxBytes) {
      throw tooLarge(size, maxBytes);
    }
    // A symbolic link in a revision is a blob that holds the link's target: it is read as that text, never followed.
    return execFileSync('git', ['cat-file', 'blob', object], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: size + 1 });
  }

  /** A revision never changes: its files have no time, and their size is their blob's. */
  async stat(file: string): Promise<FileStamp | undefined> {
    const size = this.size(this.object(file));
    return size === undefined ? undefined : { size, mtime: 0 };
  }

  async readDirectory(folder: string): Promise<[string, EntryType][]> {
    const listing = execFileSync('git', ['ls-tree', '-z', this.revision, '--', `${folder}/`], { cwd: this.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    return listing
      .split('\0')
      .filter((entry) => entry !== '')
      .flatMap((entry): [string, EntryType][] => {
        // "<mode> <type> <object>\t<path>"; the path is relative to the current folder.
        const [info, file] = entry.split('\t');
        const type = info.split(' ')[1];
        const name = file.slice(file.lastIndexOf('/') + 1);
        return type === 'tree' ? [[name, 'directory']] : type === 'blob' ? [[name, 'file']] : [];
      });
  }

  writeFile(): Promise<void> {
    return this.readOnly();
  }

  createExclusive(): Promise<boolean> {
    return this.readOnly().then(() => false);
  }

  rename(): Promise<void> {
    return this.readOnly();
  }

  delete(): Promise<void> {
    return this.readOnly();
  }

  private object(file: string): string {
    return `${this.revision}:./${file}`;
  }

  /** The size of a blob, or undefined when the revision has nothing at that path. */
  private size(object: string): number | undefined {
    try {
      return Number(execFileSync('git', ['cat-file', '-s', object], { cwd: this.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      return undefined;
    }
  }

  private readOnly(): Promise<void> {
    return Promise.reject(new Error(`the notes of revision ${this.revision} cannot be changed`));
  }
}

/** Whether `name` is a commit (a branch, tag, hash, HEAD~1 …) in the repository of the folder `cwd`. */
export function isGitRevision(name: string, cwd: string): boolean {
  // A leading dash would be read as an option by git.
  if (name.startsWith('-')) {
    return false;
  }
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
