import { run } from '../../../src/cli/run';
import { SEEDS_DIR } from './opinions';

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one command line of the program in this process, capturing what it prints. */
export async function cli(argv: readonly string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: process.cwd(), seedsDir: SEEDS_DIR });
  return { code, stdout, stderr };
}
