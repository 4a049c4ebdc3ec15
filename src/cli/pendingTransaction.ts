import * as path from 'node:path';
import { FileRefused, finishTransaction, joinPath, JOURNAL_NAME } from '../core/storage';
import { DEFAULT_NOTES_FOLDER, toPosix } from './commands/notesFolder';
import { NodeFileSystem } from '../platform/nodeFileSystem';

/**
 * Finishes a transaction (a document's text replaced with its notes) that a killed process left in
 * the workspace `folder`'s notes folder (`notes`, from `cwd`, else policy-notes), before a command
 * reads anything: no command sees half of one. Costs one stat when there is none.
 */
export async function finishPendingTransaction(cwd: string, folder: string, notes: string | undefined): Promise<void> {
  const workspace = path.resolve(cwd, folder);
  const notesFolder = toPosix(path.relative(workspace, notes === undefined ? path.join(workspace, DEFAULT_NOTES_FOLDER) : path.resolve(cwd, notes)));
  try {
    await finishTransaction(new NodeFileSystem(workspace), joinPath(notesFolder, JOURNAL_NAME));
  } catch (thrown) {
    // A notes folder that leads out of the workspace is refused by the command that reads it, with its own message.
    if (!(thrown instanceof FileRefused)) {
      throw thrown;
    }
  }
}
