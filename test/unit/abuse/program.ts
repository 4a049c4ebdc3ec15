// The installed program run as a user runs it: an OS process of its own, on the real file system.
import { ChildProcess, spawn } from 'node:child_process';
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The program as installed (bundled): it starts in a third of the time of the compiled files. */
export const PROGRAM = path.resolve(__dirname, '../../../../dist/cli.js');

export interface ProgramRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Killed after `timeoutMs`: it hung. */
  readonly hung: boolean;
}

/**
 * Starts `policy-annotator <argv>` in `cwd`; `started` gets the child (to kill it mid-way);
 * `preload` is a module node loads first (to watch what the program opens).
 */
export function program(cwd: string, argv: readonly string[], timeoutMs = 20_000, started?: (child: ChildProcess) => void, preload?: string): Promise<ProgramRun> {
  assert.ok(existsSync(PROGRAM), `${PROGRAM} is missing: run npm run build first`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(preload ? ['--require', preload] : []), PROGRAM, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    started?.(child);
    const stdout: Buffer[] = [];
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr, hung });
    });
  });
}

/** Bytes exactly as the program wrote them to stdout. */
export function programBytes(cwd: string, argv: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PROGRAM, ...argv], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`exited with ${code}`))));
  });
}
