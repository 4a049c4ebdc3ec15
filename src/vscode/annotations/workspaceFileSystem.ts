import * as vscode from 'vscode';
import { EntryType, NotesFileSystem } from '../../core/annotations/files/fileSystem';

/**
 * The notes file system over `vscode.workspace.fs`, with paths relative to a workspace folder:
 * the same code then works on disk, in remote workspaces and in vscode.dev.
 */
export class WorkspaceNotesFileSystem implements NotesFileSystem {
  constructor(private readonly root: vscode.Uri) {}

  async readFile(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.resolve(path));
    } catch (thrown) {
      if (isMissing(thrown)) {
        return undefined;
      }
      throw thrown;
    }
  }

  async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    const target = this.resolve(path);
    // Creates every missing parent; an existing folder is not an error.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, bytes);
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(this.resolve(from), this.resolve(to), { overwrite: true });
  }

  async delete(path: string): Promise<void> {
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
      const entries = await vscode.workspace.fs.readDirectory(this.resolve(path));
      // FileType is a bit set (a symbolic link to a file is File | SymbolicLink).
      return entries.flatMap(([name, type]): [string, EntryType][] =>
        type & vscode.FileType.Directory ? [[name, 'directory']] : type & vscode.FileType.File ? [[name, 'file']] : [],
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
}

/** A FileSystemError's code says why; checked by property, as errors that crossed from a remote host may not be instances. */
function isMissing(thrown: unknown): boolean {
  const code = thrown instanceof Error && 'code' in thrown ? thrown.code : undefined;
  return code === 'FileNotFound' || code === 'FileNotADirectory';
}
