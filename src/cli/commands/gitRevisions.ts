import { execFileSync } from 'node:child_process';
import { EntryType, NotesFileSystem } from '../../core/annotations/files/fileSystem';

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

  async readFile(file: string): Promise<Uint8Array | undefined> {
    try {
      return execFileSync('git', ['show', `${this.revision}:./${file}`], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return undefined;
    }
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

  rename(): Promise<void> {
    return this.readOnly();
  }

  delete(): Promise<void> {
    return this.readOnly();
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
