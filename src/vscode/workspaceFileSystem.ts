import * as vscode from 'vscode';
import { EntryType, FileRefused, FileStamp, NotesFileSystem, Processes, tooLarge, writeUserFile } from '../core/storage';
import { randomBase32 } from '../core/lib/base32';
import { Platform } from '../platform/platform';

/**
 * The notes file system over `vscode.workspace.fs`, with paths relative to a workspace folder:
 * the same code then works on disk, in remote workspaces and in vscode.dev.
 *
 * workspace.fs cannot tell where a symbolic link leads, so no link is followed at all: a notes
 * file or folder that is a link (which git stores, so a pull request can add one) is refused,
 * as is anything that is not a regular file, before a byte of it is read.
 */
export class WorkspaceNotesFileSystem implements NotesFileSystem {
  /** Folders found to be real folders (not links), when `oneReading` says they may be remembered. */
  private readonly realFolders: Map<string, Promise<vscode.FileStat | undefined>> | undefined;

  /**
   * `oneReading`: this file system serves one short reading of many files (a library of a thousand
   * documents), during which a folder above them that was found to be a real folder is not asked
   * about again. Every call is a round trip (through the browser, in a remote or web host), and the
   * same folders sit above every file; a long-lived file system asks each time.
   */
  constructor(
    private readonly root: vscode.Uri,
    private readonly platform?: Pick<Platform, 'createExclusive' | 'processes'>,
    oneReading = false,
  ) {
    this.realFolders = oneReading ? new Map() : undefined;
  }

  /** The machine's processes for lock files on its own disk; a remote workspace's are another machine's. */
  get processes(): Processes | undefined {
    return this.root.scheme === 'file' ? this.platform?.processes : undefined;
  }

  async readFile(path: string, maxBytes: number = Number.POSITIVE_INFINITY): Promise<Uint8Array | undefined> {
    // The file and the folders above it are asked about at once (each ask is a round trip), and
    // the answers weighed in the same order as if asked one by one.
    const [found, linkAbove] = await Promise.all([this.entry(path), this.noLinkAbove(path).then(() => undefined, (thrown: unknown) => ({ thrown }))]);
    if (!found) {
      return undefined;
    }
    if (found.type & vscode.FileType.SymbolicLink) {
      throw linkRefused(path);
    }
    if (!(found.type & vscode.FileType.File)) {
      throw new FileRefused(`this is ${found.type & vscode.FileType.Directory ? 'a folder' : 'a device, FIFO or socket'}, not a regular file: it is not read`);
    }
    if (found.size > maxBytes) {
      throw tooLarge(found.size, maxBytes);
    }
    if (linkAbove) {
      throw linkAbove.thrown;
    }
    try {
      const bytes = await vscode.workspace.fs.readFile(this.resolve(path));
      // The file may have grown since it was measured.
      if (bytes.byteLength > maxBytes) {
        throw tooLarge(bytes.byteLength, maxBytes);
      }
      return bytes;
    } catch (thrown) {
      if (isMissing(thrown)) {
        return undefined;
      }
      throw thrown;
    }
  }

  async stat(path: string): Promise<FileStamp | undefined> {
    const found = await this.entry(path);
    return found && { size: found.size, mtime: found.mtime };
  }

  async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    await this.noLinkAbove(path);
    const target = this.resolve(path);
    // Creates every missing parent; an existing folder is not an error.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, bytes);
  }

  async createExclusive(path: string, bytes: Uint8Array): Promise<boolean> {
    await this.noLinkAbove(path);
    const target = this.resolve(path);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    if (target.scheme === 'file' && this.platform?.createExclusive) {
      return this.platform.createExclusive(target.fsPath, bytes);
    }
    // Elsewhere the closest workspace.fs has: a rename that refuses to replace what exists.
    const temporary = vscode.Uri.joinPath(target, '..', `${path.slice(path.lastIndexOf('/') + 1)}.new-${randomBase32(8)}`);
    await vscode.workspace.fs.writeFile(temporary, bytes);
    try {
      await vscode.workspace.fs.rename(temporary, target, { overwrite: false });
      return true;
    } catch (thrown) {
      await vscode.workspace.fs.delete(temporary, { useTrash: false }).then(undefined, () => undefined);
      if (thrown instanceof Error && 'code' in thrown && thrown.code === 'FileExists') {
        return false;
      }
      throw thrown;
    }
  }

  async rename(from: string, to: string): Promise<void> {
    await this.noLinkAbove(to);
    await vscode.workspace.fs.rename(this.resolve(from), this.resolve(to), { overwrite: true });
  }

  async delete(path: string): Promise<void> {
    await this.noLinkAbove(path);
    try {
      await vscode.workspace.fs.delete(this.resolve(path), { useTrash: false });
    } catch (thrown) {
      if (!isMissing(thrown)) {
        throw thrown;
      }
    }
  }

  async readDirectory(path: string): Promise<[string, EntryType][]> {
    try {
      // A folder that is not there is known from the asks about links already made: the host logs
      // a warning for every listing of a missing folder (a notes folder per document of a corpus).
      if ((await this.noLinkAbove(`${path}/entry`)) === 'missing') {
        return [];
      }
      const entries = await vscode.workspace.fs.readDirectory(this.resolve(path));
      // FileType is a bit set (a symbolic link to a file is File | SymbolicLink): links are left out.
      return entries.flatMap(([name, type]): [string, EntryType][] =>
        type & vscode.FileType.SymbolicLink ? [] : type & vscode.FileType.Directory ? [[name, 'directory']] : type & vscode.FileType.File ? [[name, 'file']] : [],
      );
    } catch (thrown) {
      if (isMissing(thrown)) {
        return [];
      }
      throw thrown;
    }
  }

  private resolve(path: string): vscode.Uri {
    return path === '' ? this.root : vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  private async entry(path: string): Promise<vscode.FileStat | undefined> {
    try {
      return await vscode.workspace.fs.stat(this.resolve(path));
    } catch (thrown) {
      if (isMissing(thrown)) {
        return undefined;
      }
      throw thrown;
    }
  }

  /** A folder's entry; remembered, in one reading, once it is known to be a real folder (missing or a link is asked again). */
  private folderEntry(folder: string): Promise<vscode.FileStat | undefined> {
    const remembered = this.realFolders?.get(folder);
    if (remembered) {
      return remembered;
    }
    const asked = this.entry(folder);
    if (this.realFolders) {
      this.realFolders.set(folder, asked);
      const forget = () => this.realFolders?.delete(folder);
      asked.then((found) => (found && !(found.type & vscode.FileType.SymbolicLink) ? undefined : forget()), forget);
    }
    return asked;
  }

  /**
   * Refuses a path that goes through a folder that is a symbolic link (which could lead out of the
   * workspace); 'missing' when a folder above the path is not there, or is not a folder.
   */
  private async noLinkAbove(path: string): Promise<'missing' | undefined> {
    const segments = path.split('/').slice(0, -1);
    const folders = segments.map((_, depth) => segments.slice(0, depth + 1).join('/'));
    // All at once, then read from the top down: below a missing folder nothing can be a link.
    const entries = await Promise.all(folders.map((folder) => this.folderEntry(folder)));
    for (const [depth, folder] of folders.entries()) {
      const found = entries[depth];
      if (!found) {
        return 'missing';
      }
      if (found.type & vscode.FileType.SymbolicLink) {
        throw linkRefused(folder);
      }
      if (!(found.type & vscode.FileType.Directory)) {
        return 'missing';
      }
    }
    return undefined;
  }
}

function linkRefused(path: string): FileRefused {
  return new FileRefused(`${path} is a symbolic link, which could lead out of the workspace: notes are not read or written through links`);
}

/** A FileSystemError's code says why; checked by property, as errors that crossed from a remote host may not be instances. */
function isMissing(thrown: unknown): boolean {
  const code = thrown instanceof Error && 'code' in thrown ? thrown.code : undefined;
  return code === 'FileNotFound' || code === 'FileNotADirectory';
}

/**
 * Writes an export to the file the user chose, as every file is written (see writeUserFile): under
 * its lock, through a temporary file renamed over it. An export is not read back: no size limit.
 */
export async function writeExport(target: vscode.Uri, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  await writeUserFile(new WorkspaceNotesFileSystem(vscode.Uri.joinPath(target, '..')), name, () => bytes, Number.POSITIVE_INFINITY);
}
