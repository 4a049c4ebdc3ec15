import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { LockOwner, Processes } from '../core/storage';

/**
 * The processes of this machine as Node sees them. The start time comes from Linux's
 * `/proc/<pid>/stat` (clock ticks since boot), so that a pid reused by a later process is not
 * taken for the lock's owner; where there is no /proc, a process is known gone only when its pid
 * is free.
 */
export const NODE_PROCESSES: Processes = {
  self: { pid: process.pid, host: hostname(), started: processStat(process.pid)?.started ?? '' },
  isRunning(owner: LockOwner): boolean {
    if (owner.pid === process.pid) {
      return true;
    }
    try {
      process.kill(owner.pid, 0);
    } catch (thrown) {
      // ESRCH: no such process; EPERM: one runs there that is not ours to signal.
      return !(thrown instanceof Error && 'code' in thrown && thrown.code === 'ESRCH');
    }
    const stat = processStat(owner.pid);
    if (stat === undefined) {
      return true;
    }
    // A zombie has died and only waits for its parent to read its exit status.
    return stat.state !== 'Z' && (owner.started === '' || stat.started === owner.started);
  },
};

/** The state and start time (fields 3 and 22) of `/proc/<pid>/stat`, or undefined where there is none. */
function processStat(pid: number): { readonly state: string; readonly started: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return fields.length > 19 ? { state: fields[0], started: fields[19] } : undefined;
}
