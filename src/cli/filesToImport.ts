import { localized } from '../core/l10n/localized';
import { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { FileToImport } from '../core/documents/importDocuments';
import { UsageError } from './usageError';

/**
 * The files `add` brings in from what was named: a file as it is; a folder's files (and with
 * `recursive` those of its folders), in the order of their paths so that ids are given the same way
 * on every run. Hidden files and folders (.git, .DS_Store) and links are left out. Each file is
 * read by `read`, given its path as shown (relative to `cwd`): the command's one reader of operands.
 */
export async function filesToImport(operands: readonly string[], cwd: string, recursive: boolean, read: (shown: string) => Promise<Uint8Array>): Promise<FileToImport[]> {
  const files: FileToImport[] = [];
  for (const operand of operands) {
    const absolute = path.resolve(cwd, operand);
    const found = await stat(absolute).catch(() => undefined);
    if (!found) {
      throw new UsageError(localized('cli.noSuchFileOrFolder', operand));
    }
    if (found.isDirectory()) {
      const inside = await folderFiles(absolute, recursive);
      files.push(...inside.sort().map((file) => fileToImport(path.join(operand, path.relative(absolute, file)), file, read)));
    } else {
      files.push(fileToImport(operand, absolute, read));
    }
  }
  return files;
}

function fileToImport(shown: string, absolute: string, read: (shown: string) => Promise<Uint8Array>): FileToImport {
  return { path: shown, name: path.basename(absolute), read: () => read(shown) };
}

async function folderFiles(folder: string, recursive: boolean): Promise<string[]> {
  const entries: Dirent[] = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      continue;
    }
    const full = path.join(folder, entry.name);
    if (entry.isFile()) {
      files.push(full);
    } else if (entry.isDirectory() && recursive) {
      files.push(...(await folderFiles(full, recursive)));
    }
  }
  return files;
}
