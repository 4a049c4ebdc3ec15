import { lstat } from 'node:fs/promises';
import * as path from 'node:path';
import { FileRefused } from '../core/storage';
import { CommandContext } from './command';
import { NodeFileSystem } from '../platform/nodeFileSystem';
import { UsageError } from './usageError';
import { localized } from '../core/l10n/localized';

/**
 * The bytes of a file the command line names (a source to add, a codebook to import, a sidecar
 * git hands to diff or merge-driver). Read through the CLI's file system, so as every file it
 * reads: a regular file only (a FIFO, a device or a socket is refused before it is opened, so that
 * nothing hangs), its size checked before a byte is read (no file fills the memory), and a
 * symbolic link followed only into the workspace (a link a pull request commits cannot make
 * `diff --textconv` print a secret). A file named directly may be anywhere.
 */
export async function readOperand(context: Pick<CommandContext, 'cwd' | 'folder'>, file: string, maxBytes: number): Promise<Uint8Array> {
  const absolute = path.resolve(context.cwd, file);
  const link = (await lstat(absolute).catch(() => undefined))?.isSymbolicLink() ?? false;
  const folder = path.dirname(absolute);
  const fs = new NodeFileSystem(folder, link ? path.resolve(context.cwd, context.folder) : folder);
  try {
    const bytes = await fs.readFile(path.basename(absolute), maxBytes);
    if (bytes === undefined) {
      throw new UsageError(localized('cli.noSuchFile', file));
    }
    return bytes;
  } catch (thrown) {
    if (thrown instanceof FileRefused) {
      throw new FileRefused(`${file}: ${thrown.message}`);
    }
    if (thrown instanceof UsageError) {
      throw thrown;
    }
    throw new UsageError(localized('cli.unreadable', file));
  }
}
