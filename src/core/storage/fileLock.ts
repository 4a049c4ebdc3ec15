import { FileRefused, NotesFileSystem } from './fileSystem';
import { LockOwner, Processes } from './processes';
import { randomBase32 } from '../lib/base32';
import { delay } from '../lib/delay';

export interface LockTiming {
  /** A lock seen unchanged for this long belongs to a save that died: it is removed. */
  readonly staleAfterMs: number;
  /**
   * A lock that is empty or is not one this program writes (no token on its first line) cannot
   * name a writer that is still at work, except for the instant between its creation and its
   * write: seen unchanged for this long, it is removed.
   */
  readonly unknownOwnerAfterMs: number;
  /** How long to wait for a lock at most before giving up. */
  readonly timeoutMs: number;
}

/**
 * A save holds its lock for milliseconds, a large file's for a few hundred; ten seconds unchanged
 * means the process that made it is gone (killed, crashed, the machine slept through it). A lock
 * whose owner is known to be gone (see Processes) is removed at once instead.
 */
export const LOCK_TIMING: LockTiming = { staleAfterMs: 10_000, unknownOwnerAfterMs: 1_000, timeoutMs: 60_000 };

/** The lock file of a file: `notes/doc/li-wei.yaml.lock`. */
export function lockPath(path: string): string {
  return `${path}.lock`;
}

/**
 * Runs `work` while holding the lock of `path`, which serialises every writer of the file across
 * processes and windows: the lock is a file created exclusively beside the target (O_EXCL, which
 * only one creator can win) and removed when the work ends. A lock holds a token of its own, so
 * that a writer removes only its own lock, and its owner (pid, host, start time) where the file
 * system knows the processes: a lock whose owner is gone from this host (a save killed mid-way) is
 * removed at once. Any other lock left by a save that died (another host, an older version) is
 * recognised by not changing while it is waited on, and removed. Rejects when the lock is not had
 * in time.
 */
export async function withFileLock<T>(fs: NotesFileSystem, path: string, work: () => Promise<T>, timing: LockTiming = LOCK_TIMING): Promise<T> {
  const lock = lockPath(path);
  const token = `${randomBase32(16)}\n${fs.processes ? ownerLines(fs.processes.self) : ''}`;
  const bytes = new TextEncoder().encode(token);
  const started = Date.now();
  let seen: { readonly text: string; readonly since: number } | undefined;
  for (let attempt = 0; !(await fs.createExclusive(lock, bytes)); attempt++) {
    const now = Date.now();
    if (now - started > timing.timeoutMs) {
      throw new Error(`another save has held ${lock} for ${Math.round(timing.timeoutMs / 1000)} s; try again, or remove the file if no save is running`);
    }
    const holder = await readLock(fs, lock);
    const gone = holder !== undefined && fs.processes !== undefined && ownerIsGone(holder, fs.processes);
    const staleAfter = holder !== undefined && !TOKEN_LINE.test(holder) ? timing.unknownOwnerAfterMs : timing.staleAfterMs;
    if (holder !== undefined && (gone || (holder === seen?.text && now - seen.since > staleAfter))) {
      // Only a lock that has not changed: a fresh one made meanwhile by another writer has its own token.
      if ((await readLock(fs, lock)) === holder) {
        await fs.delete(lock);
      }
      seen = undefined;
      continue;
    }
    if (holder !== seen?.text) {
      seen = holder === undefined ? undefined : { text: holder, since: now };
    }
    // Short waits first (saves are quick), then longer ones, with jitter so that waiters do not move in step.
    await delay(Math.min(2 + attempt * 2, 50) * (0.5 + Math.random()));
  }
  try {
    return await work();
  } finally {
    if ((await readLock(fs, lock).catch(() => undefined)) === token) {
      await fs.delete(lock).catch(() => undefined);
    }
  }
}

function ownerLines(owner: LockOwner): string {
  return `pid ${owner.pid}\nhost ${owner.host}\nstarted ${owner.started}\n`;
}

/** Whether the lock's text names an owner of this host that is no longer running; a lock that names none is left to time. */
function ownerIsGone(text: string, processes: Processes): boolean {
  const field = (name: string) => new RegExp(`^${name} (.*)$`, 'm').exec(text)?.[1];
  const pid = Number(field('pid'));
  const host = field('host');
  const started = field('started');
  if (!Number.isSafeInteger(pid) || pid <= 0 || host !== processes.self.host || started === undefined) {
    return false;
  }
  return !processes.isRunning({ pid, host, started });
}

/** The first line of every lock this program writes: its token. */
const TOKEN_LINE = /^[0-9a-hjkmnp-tv-z]{16}(?:\n|$)/;

/**
 * The lock's text. What is not a small regular file (a folder, a FIFO, a link out of the
 * workspace) is no lock a save left: nothing removes it by itself, so the message says what to remove.
 */
async function readLock(fs: NotesFileSystem, path: string): Promise<string | undefined> {
  try {
    const bytes = await fs.readFile(path, 1024);
    return bytes && new TextDecoder().decode(bytes);
  } catch (thrown) {
    if (thrown instanceof FileRefused) {
      throw new Error(`${path} is in the way of saves and is not a lock file (${thrown.message}): remove it if no save is running`);
    }
    throw thrown;
  }
}
