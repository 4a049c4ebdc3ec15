/** The process that holds a lock, as its lock file says. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /** When the process started, as the platform tells it ('' when it cannot): with the pid, it names one process, even when pids are reused. */
  readonly started: string;
}

/**
 * What the platform can tell about processes, for lock files: absent where it can tell nothing
 * (the web, a remote workspace), and then a lock left behind is recognised by time alone.
 */
export interface Processes {
  readonly self: LockOwner;
  /** Whether a process of this host is still running: false only when sure that it is gone. */
  isRunning(owner: LockOwner): boolean;
}
