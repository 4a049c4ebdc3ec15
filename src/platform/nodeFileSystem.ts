import { Stats, constants } from 'node:fs';
import { chmod, mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { EntryType, FileRefused, FileStamp, NotesFileSystem, tooLarge } from '../core/storage';
import { NODE_PROCESSES } from './nodeProcesses';

/**
 * The notes file system on disk, for the command line; paths are relative to `root`. Nothing is
 * read or written whose real path (links followed) is outside `confine`: a link that a pull
 * request commits cannot make a command print a secret or write outside the notes.
 */
export class NodeFileSystem implements NotesFileSystem {
  readonly processes = NODE_PROCESSES;

  /** `confine` is absolute, or relative to `root`. */
  constructor(
    private readonly root: string,
    private readonly confine: string = root,
  ) {}

  async readFile(file: string, maxBytes: number = Number.POSITIVE_INFINITY): Promise<Uint8Array | undefined> {
    const target = this.resolve(file);
    const found = await this.inside(file, target).catch(orMissing);
    if (!found) {
      return undefined;
    }
    // Checked before opening (opening a device can act on it), and again on what was opened. A
    // FIFO is opened without waiting for a writer, so that nothing here blocks.
    regularFile(found, maxBytes);
    const handle = await open(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)).catch(orMissing);
    if (!handle) {
      return undefined;
    }
    try {
      const opened = await handle.stat();
      regularFile(opened, maxBytes);
      // Never more than the limit, even from a file that grows while it is read.
      const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
      let length = 0;
      for (let read = -1; read !== 0 && length < buffer.length; length += read) {
        ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, length));
      }
      if (length > maxBytes) {
        throw tooLarge(length, maxBytes);
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  }

  async stat(file: string): Promise<FileStamp | undefined> {
    const found = await this.inside(file, this.resolve(file));
    return found && { size: found.size, mtime: found.mtimeMs };
  }

  async writeFile(file: string, bytes: Uint8Array): Promise<void> {
    const target = this.resolve(file);
    await this.inside(file, target);
    await mkdir(path.dirname(target), { recursive: true });
    // On the disk before it is renamed over a file: a power cut must not leave an empty file in its place.
    const handle = await open(target, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async writeFileInPieces(file: string, pieces: Iterable<Uint8Array>): Promise<void> {
    const target = this.resolve(file);
    await this.inside(file, target);
    await mkdir(path.dirname(target), { recursive: true });
    const handle = await open(target, 'w');
    try {
      for (const piece of pieces) {
        await handle.write(piece);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async createExclusive(file: string, bytes: Uint8Array): Promise<boolean> {
    const target = this.resolve(file);
    await this.inside(file, target);
    await mkdir(path.dirname(target), { recursive: true });
    return createExclusive(target, bytes);
  }

  async rename(from: string, to: string): Promise<void> {
    const source = this.resolve(from);
    const target = this.resolve(to);
    await this.inside(from, source);
    const replaced = await this.inside(to, target);
    if (replaced) {
      // The new file gets the permissions of the one it replaces (a script made executable, a file kept private).
      await chmod(source, replaced.mode & 0o7777);
    }
    await rename(source, target);
    await syncFolder(path.dirname(target));
  }

  async delete(file: string): Promise<void> {
    const target = this.resolve(file);
    await this.inside(file, target);
    await rm(target, { force: true });
  }

  async readDirectory(folder: string): Promise<[string, EntryType][]> {
    const target = this.resolve(folder);
    try {
      await this.inside(folder, target);
      const entries = await readdir(target, { withFileTypes: true });
      const listed = entries.filter((entry) => entry.isFile() || entry.isDirectory() || entry.isSymbolicLink());
      return await Promise.all(listed.map(async (entry): Promise<[string, EntryType]> => [entry.name, entry.isSymbolicLink() ? await this.linkType(`${folder}/${entry.name}`) : entry.isDirectory() ? 'directory' : 'file']));
    } catch (thrown) {
      if (isMissing(thrown)) {
        return [];
      }
      throw thrown;
    }
  }

  /**
   * What a link in a listed folder is taken for: what it leads to, a folder or else a file. Reading
   * or listing it then refuses it with its reason (a link out of the workspace, a FIFO): a linked
   * notes file or folder is reported, never left out in silence.
   */
  private async linkType(file: string): Promise<EntryType> {
    const found = await stat(this.resolve(file)).catch(() => undefined);
    return found?.isDirectory() ? 'directory' : 'file';
  }

  private resolve(file: string): string {
    return path.join(this.root, ...file.split('/'));
  }

  /**
   * Refuses a path whose real path (that of its nearest existing folder, with the missing rest,
   * when it does not exist yet) is outside the confined folder. Returns what is at the path (links
   * followed), if anything.
   */
  private async inside(file: string, target: string): Promise<Stats | undefined> {
    const [boundary, real] = await Promise.all([realPath(path.resolve(this.root, this.confine)), realPath(target)]);
    const relative = path.relative(boundary.real, real.real);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      throw new FileRefused(`${file} leads out of ${this.confine} (through a symbolic link): it is not read or written`);
    }
    // Gone since it was resolved (a lock released meanwhile) is as good as never there.
    return real.exists ? await stat(target).catch(orMissing) : undefined;
  }
}

/** The real path of `target`, or of its nearest existing folder joined with the rest of the path. */
async function realPath(target: string): Promise<{ readonly real: string; readonly exists: boolean }> {
  const missing: string[] = [];
  for (let existing = target; ; existing = path.dirname(existing)) {
    const real = await realpath(existing).catch(orMissing);
    if (real !== undefined || path.dirname(existing) === existing) {
      return { real: path.join(real ?? existing, ...missing), exists: missing.length === 0 && real !== undefined };
    }
    missing.unshift(path.basename(existing));
  }
}

/** Has a rename in `folder` on the disk; where folders cannot be opened (Windows), the rename is left to the system. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  try {
    await handle?.sync().catch(() => undefined);
  } finally {
    await handle?.close();
  }
}

/** Creates a file only if nothing is at `fsPath` (O_EXCL, so also not through a link); false when something is. */
export async function createExclusive(fsPath: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const handle = await open(fsPath, 'wx');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    return true;
  } catch (thrown) {
    if (thrown instanceof Error && 'code' in thrown && thrown.code === 'EEXIST') {
      return false;
    }
    throw thrown;
  }
}

/** Throws unless `stats` is a regular file of at most `maxBytes`. */
function regularFile(stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) {
    const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a FIFO' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : stats.isSocket() ? 'a socket' : 'not a file';
    throw new FileRefused(`this is ${kind}, not a regular file: it is not read`);
  }
  if (stats.size > maxBytes) {
    throw tooLarge(stats.size, maxBytes);
  }
}

/** Undefined for a file that went missing; anything else is thrown again. */
function orMissing(thrown: unknown): undefined {
  if (isMissing(thrown)) {
    return undefined;
  }
  throw thrown;
}

function isMissing(thrown: unknown): boolean {
  return thrown instanceof Error && 'code' in thrown && (thrown.code === 'ENOENT' || thrown.code === 'ENOTDIR');
}
