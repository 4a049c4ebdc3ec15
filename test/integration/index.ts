// Entry point of the integration suite: VS Code loads this file as `extensionTestsPath`
// and calls run() inside the extension host, whichever launcher started VS Code
// (test/host/run-code-server.mjs, test/host/run-electron.mjs or a debugger).
//
// Runs mocha (BDD: describe/it) over every *.test.js next to this file (that is,
// out/test/integration/**/*.test.js) and rejects when any test fails. The output goes to
// the extension host's console, which the launchers forward to their stdout.

import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Test files under `folder`, sorted so the order is the same on every machine. */
function findTestFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => path.join(folder, name))
    .sort();
}

/**
 * The files in an order drawn from `seed` (POLICY_TEST_SHUFFLE=<seed>), to show that every suite
 * sets up what it needs and puts back what it changed, whatever ran before it.
 */
function shuffled(files: readonly string[], seed: number): string[] {
  const order = [...files];
  let state = seed >>> 0 || 1;
  for (let i = order.length - 1; i > 0; i--) {
    // xorshift32: the same seed gives the same order on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function run(): Promise<void> {
  return runSuite(__dirname, 'integration');
}

/**
 * Runs every *.test.js under `folder` with mocha and prints `<name>: N passed, N failed` at the
 * end (test/integration-zh/index.ts runs its own folder through it too).
 */
export function runSuite(folder: string, name: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    // Optional filter for a quick run of some tests: POLICY_TEST_GREP="smoke".
    ...(process.env.POLICY_TEST_GREP ? { grep: process.env.POLICY_TEST_GREP } : {}),
  });
  const seed = process.env.POLICY_TEST_SHUFFLE;
  const files = seed ? shuffled(findTestFiles(folder), Number(seed)) : findTestFiles(folder);
  if (seed) {
    console.log(`${name}: files in the order of seed ${seed}: ${files.map((file) => path.basename(file)).join(', ')}`);
  }
  if (files.length === 0) {
    return Promise.reject(new Error(`no *.test.js files under ${folder}: run npm run compile-tests`));
  }
  for (const file of files) {
    mocha.addFile(file);
  }

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passes = runner.stats?.passes ?? 0;
        // A plain closing line that CI and people can read at a glance.
        console.log(`${name}: ${passes} passed, ${failures} failed`);
        if (failures > 0) {
          reject(new Error(`${failures} ${name} test(s) failed`));
        } else if (passes === 0) {
          reject(new Error(`no ${name} test ran`));
        } else {
          resolve();
        }
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
