import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { ACTIVATION_MARKER } from './host/marker';
import { Figure, median } from './measure';

const RUNS = 3;
const TARGET_MS = 20;
/** A run includes starting code-server and Chromium (and installing code-server the first time). */
const RUN_TIMEOUT_MS = 10 * 60_000;

type Outcome = { readonly ms: number } | { readonly skipped: string };

/** One fresh VS Code host (code-server + Chromium) that activates the extension once. */
function activateOnce(repository: string): Promise<Outcome> {
  const suite = path.join(__dirname, 'host', 'activation');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repository, 'test', 'host', 'run-code-server.mjs'), '--tests', suite], {
      cwd: repository,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, POLICY_TEST_TIMEOUT_MS: String(RUN_TIMEOUT_MS) },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ skipped: error.message }));
    child.on('close', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith(ACTIVATION_MARKER));
      if (line) {
        resolve(JSON.parse(line.slice(ACTIVATION_MARKER.length)) as Outcome);
      } else {
        const reason = output.split('\n').find((candidate) => candidate.includes('ERROR:'))?.replace(/^.*ERROR:\s*/, '');
        resolve({ skipped: reason ?? `the test host exited with code ${code} without a measurement` });
      }
    });
  });
}

/**
 * `activate()` of the extension in a real VS Code (1.100.3 in code-server, driven by Chromium),
 * in a fresh host each run. Where the host cannot run (no Chromium), says why and goes on.
 */
export async function benchActivation(repository: string): Promise<Figure[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const outcome = await activateOnce(repository);
    if ('skipped' in outcome) {
      console.log(`activation: skipped (${outcome.skipped})`);
      return [];
    }
    times.push(outcome.ms);
  }
  const value = median(times);
  return [{ name: `activate() in VS Code 1.100.3 (median of ${RUNS} fresh hosts)`, value, unit: 'ms', target: `< ${TARGET_MS} ms`, met: value < TARGET_MS }];
}
