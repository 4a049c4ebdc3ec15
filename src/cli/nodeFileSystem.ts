import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { EntryType, NotesFileSystem } from '../core/annotations/files/fileSystem';

/** The notes file system on disk, for the command line; paths are relative to `root`. */
export class NodeFileSystem implements NotesFileSystem {
  constructor(private readonly root: string) {}

  async readFile(file: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.resolve(file));
    } catch (thrown) {
      if (isMissing(thrown)) {
        return undefined;
      }
      throw thrown;
    }
  }

  async writeFile(file: string, bytes: Uint8Array): Promise<void> {
    const target = this.resolve(file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }

  async rename(from: string, to: string): Promise<void> {
    await rename(this.resolve(from), this.resolve(to));
  }

  async delete(file: string): Promise<void> {
    await rm(this.resolve(file), { force: true });
  }

  async readDirectory(folder: string): Promise<[string, EntryType][]> {
    try {
      const entries = await readdir(this.resolve(folder), { withFileTypes: true });
      return entries.filter((entry) => entry.isFile() || entry.isDirectory()).map((entry) => [entry.name, entry.isDirectory() ? 'directory' : 'file']);
    } catch (thrown) {
      if (isMissing(thrown)) {
        return [];
      }
      throw thrown;
    }
  }

  private resolve(file: string): string {
    return path.join(this.root, ...file.split('/'));
  }
}

function isMissing(thrown: unknown): boolean {
  return thrown instanceof Error && 'code' in thrown && (thrown.code === 'ENOENT' || thrown.code === 'ENOTDIR');
}
