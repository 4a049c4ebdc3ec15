import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ACTIVATION_MARKER, ACTIVATION_MOMENT } from './host/marker';
import { Figure, median } from './measure';

const RUNS = 5;
const TARGET_MS = 20;
/**
 * When in a host's life the activation is timed: as the window starts (the extension activates
 * then in a workspace with notes) and in a window that has finished starting (a Markdown file
 * opened during the session). VS Code's last startup phase ("Eventually") comes 2.5 s after the
 * window is restored; the second moment waits twice that. The target is the started window's: as
 * the window starts, the empty extension alone has measured 10–24 ms from run to run, the window
 * answering the extension host only between its own startup work, so that figure is reported
 * beside its floor without a target.
 */
const MOMENTS = [
  { name: 'as the window starts', afterMs: 0, targeted: false },
  { name: 'in a started window', afterMs: 5_000, targeted: true },
] as const;
type Moment = (typeof MOMENTS)[number];
/** A run includes starting code-server and Chromium (and installing code-server the first time). */
const RUN_TIMEOUT_MS = 10 * 60_000;

type Outcome = { readonly ms: number } | { readonly skipped: string };

/**
 * One fresh VS Code host (code-server + Chromium) that activates the extension once, in a folder
 * without notes: in one with them (`workspaceContains:policy-notes/**`) the extension would be
 * active before the measurement began.
 */
function activateOnce(repository: string, extensionPath: string, workspace: string, moment: Moment): Promise<Outcome> {
  const suite = path.join(__dirname, 'host', 'activation');
  return new Promise((resolve) => {
    const launcher = path.join(repository, 'test', 'host', 'run-code-server.mjs');
    const child = spawn(process.execPath, [launcher, '--extension-path', extensionPath, '--tests', suite, '--workspace', workspace], {
      cwd: repository,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, POLICY_TEST_TIMEOUT_MS: String(RUN_TIMEOUT_MS), [ACTIVATION_MOMENT]: String(moment.afterMs) },
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
 * The floor: an extension with the same id whose activate() returns at once, so the figure is
 * what VS Code itself spends on activating any extension (creating its context, loading a file).
 */
function emptyExtension(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'policy-annotator-empty-'));
  const manifest = { name: 'policy-annotator', publisher: 'policy-annotator', version: '0.0.0', engines: { vscode: '^1.100.0' }, main: './extension.js' };
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest));
  writeFileSync(path.join(folder, 'extension.js'), 'exports.activate = () => ({});\n');
  return folder;
}

/** One activation of the extension in `extensionPath` in a fresh host; a reason when the host cannot run. */
async function activationTime(repository: string, extensionPath: string, workspace: string, moment: Moment): Promise<number | string> {
  let skipped = '';
  // A host where something (a plain-text model, `onLanguage:plaintext`) activated the extension
  // before the suite ran measures nothing: try another, a bounded number of times.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await activateOnce(repository, extensionPath, workspace, moment);
    if ('ms' in outcome) {
      return outcome.ms;
    }
    if (!outcome.skipped.includes('already active')) {
      return outcome.skipped;
    }
    skipped = outcome.skipped;
  }
  return skipped;
}

/**
 * The medians of RUNS activations of ours and of the floor, in turns (ours, then the empty
 * extension, each in a fresh host), so that both see the same load from other processes and the
 * same warm disk caches; a reason when the host cannot run.
 */
async function medianActivations(repository: string, extensions: readonly string[], workspace: string, moment: Moment): Promise<number[] | string> {
  const times = extensions.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [index, extensionPath] of extensions.entries()) {
      const time = await activationTime(repository, extensionPath, workspace, moment);
      if (typeof time === 'string') {
        return time;
      }
      times[index].push(time);
    }
  }
  return times.map(median);
}

/**
 * `activate()` of the extension in a real VS Code (1.100.3 in code-server, driven by Chromium),
 * in a fresh host each run, beside the same for an empty extension. Where the host cannot run
 * (no Chromium), says why and goes on.
 */
export async function benchActivation(repository: string): Promise<Figure[]> {
  const empty = emptyExtension();
  const workspace = mkdtempSync(path.join(tmpdir(), 'policy-annotator-workspace-'));
  try {
    const figures: Figure[] = [];
    for (const moment of MOMENTS) {
      const medians = await medianActivations(repository, [repository, empty], workspace, moment);
      if (typeof medians === 'string') {
        console.log(`activation: skipped (${medians})`);
        return [];
      }
      const [ours, floor] = medians;
      figures.push({
        name: `activate() in VS Code 1.100.3 ${moment.name} (median of ${RUNS} fresh hosts, in turns with the floor)`,
        value: ours,
        unit: 'ms',
        floor: { name: 'an empty extension', value: floor },
        ...(moment.targeted ? { target: `< ${TARGET_MS} ms`, met: ours < TARGET_MS } : {}),
      });
    }
    return figures;
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  }
}
