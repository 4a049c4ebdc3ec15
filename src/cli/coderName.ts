import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';

/** The name of whoever works here when none is given: git's user.name in `cwd`, else the OS user. */
export async function defaultCoderName(cwd: string | undefined): Promise<string | undefined> {
  return (await gitUserName(cwd)) ?? osUserName();
}

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
