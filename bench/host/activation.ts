// A "suite" for the real VS Code test host (test/host/run-code-server.mjs --tests
// out/bench/host/activation): instead of tests, it times the activation of the extension, once,
// in a fresh extension host, and prints the time on a marker line that bench/activationBench.ts
// reads from the launcher's output.
import * as vscode from 'vscode';
import { ACTIVATION_MARKER, ACTIVATION_MOMENT } from './marker';

const EXTENSION_ID = 'policy-annotator.policy-annotator';

/**
 * How long after the host starts the activation is timed (ACTIVATION_MOMENT, set by the bench):
 * at once, while the window is still restoring (a workspace with notes activates the extension
 * then), or once it has started (a Markdown file opened later in the session).
 */
function startDelayMs(): number {
  return Number(process.env[ACTIVATION_MOMENT] ?? 0);
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not in this host`);
  }
  await new Promise((resolve) => setTimeout(resolve, startDelayMs()));
  if (extension.isActive) {
    // Something in the workspace (an open Markdown file, the Policy view) activated it first: a
    // second activate() would only return the running instance.
    console.log(`${ACTIVATION_MARKER} ${JSON.stringify({ skipped: 'the extension was already active when the measurement began' })}`);
    return;
  }
  // Loading dist/extension.js and running activate(): what a user waits for.
  const start = performance.now();
  await extension.activate();
  console.log(`${ACTIVATION_MARKER} ${JSON.stringify({ ms: performance.now() - start })}`);
}
