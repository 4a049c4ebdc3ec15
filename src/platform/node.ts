import { execFile } from 'node:child_process';
import { availableParallelism, userInfo } from 'node:os';
import { createExclusive } from './nodeFileSystem';
import { NODE_FORMAT_READERS } from './nodeFormatReaders';
import { NODE_PROCESSES } from './nodeProcesses';
import { startNodeWorker } from './nodeWorker';
import { Platform } from './platform';

function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 2000 }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim() || undefined);
    });
  });
}

function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    // userInfo throws where the OS has no entry for the uid (some containers).
    return undefined;
  }
}

export const platform: Platform = {
  kind: 'node',
  defaultAuthor: async (workspaceFolderPath) => (await gitUserName(workspaceFolderPath)) ?? osUserName(),
  createExclusive,
  processes: NODE_PROCESSES,
  formatReaders: NODE_FORMAT_READERS,
  workers: { folder: 'dist', parallelism: availableParallelism(), start: ({ fsPath }) => Promise.resolve(startNodeWorker(fsPath)) },
};
