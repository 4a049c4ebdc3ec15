// Shared helpers for driving the extension inside a real VS Code that runs in code-server
// and is shown by Debian's Chromium through playwright-core.
//
// Used by host/install-code-server.mjs, test/host/run-code-server.mjs,
// scripts/start.mjs and scripts/screenshots.mjs. Every wait here is bounded: a helper
// either resolves, or rejects with a message that says what did not happen in time.
// Nothing listens anywhere but on 127.0.0.1.

import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------
// Where things are
// ---------------------------------------------------------------------------------------

/** The repository's root folder (this file is host/code-server.mjs). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** code-server 4.100.3 carries VS Code 1.100.3 and runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Git-ignored cache for the host install and the sample workspace ($POLICY_HOST_CACHE to move it). */
export const CACHE_DIR = process.env.POLICY_HOST_CACHE ? resolve(process.env.POLICY_HOST_CACHE) : join(REPO_ROOT, '.vscode-test');

/** npm prefix that code-server is installed into. */
export const CODE_SERVER_PREFIX = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);

/** The package's own folder and its entry point (run with this Node). */
export const CODE_SERVER_DIR = join(CODE_SERVER_PREFIX, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');

/** Written last by the installer, only after every step succeeded. */
export const INSTALL_MARKER = join(CODE_SERVER_PREFIX, '.install-complete.json');

/** The sample workspace that tests and people open; it is always copied, never used in place. */
export const FIXTURE_WORKSPACE = join(REPO_ROOT, 'test', 'fixtures', 'workspace');

/** Compiled integration suite (tsc -p tsconfig.test.json), without the .js, as VS Code wants it. */
export const SUITE_INDEX = join(REPO_ROOT, 'out', 'test', 'integration', 'index');

/** The user settings every host starts with: quiet, no tours, no telemetry. */
export const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'files.simpleDialog.enable': true,
};

// ---------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------

// A closed stdout (`… | head`, a killed pipe) must not crash a launcher before it has
// stopped code-server and Chromium: ignore write errors on the standard streams.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

/** One line from the host tooling, told apart from the suite's own output. */
export function log(message) {
  process.stdout.write(`[host] ${message}\n`);
}

/** An error whose message is the whole story: printed without a stack trace. */
export class HostError extends Error {
  constructor(message) {
    super(message);
    this.name = 'HostError';
  }
}

/** Prints an error the way the launchers report failures. */
export function reportError(error) {
  if (error instanceof HostError) {
    process.stderr.write(`[host] ERROR: ${error.message}\n`);
  } else {
    process.stderr.write(`[host] ERROR: ${error?.stack ?? error}\n`);
  }
}

// ---------------------------------------------------------------------------------------
// Waiting, always with a limit
// ---------------------------------------------------------------------------------------

export const sleep = (ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

/** Resolves or rejects like `promise`, or rejects with "<what> timed out after N s". */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HostError(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Polls `check` (which may be async) until it returns a truthy value, or rejects after
 * `timeoutMs`. Errors thrown by `check` count as "not yet", except a HostError, which
 * ends the wait at once (use it for "this will never happen", like a dead process).
 */
export async function waitFor(check, { timeoutMs, intervalMs = 250, what }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (error instanceof HostError) throw error;
      lastError = error;
    }
    await sleep(intervalMs);
  }
  const cause = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
  throw new HostError(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s${cause}`);
}

// ---------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------

/**
 * Kills a child started with `detached: true` together with everything it started
 * (code-server starts an extension host, a pty host and a file watcher): SIGTERM to the
 * process group, then SIGKILL if it is still there after `graceMs`.
 */
export async function killProcessTree(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      try {
        child.kill(name);
      } catch {
        // Already gone.
      }
    }
  };
  signal('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  // Children of the group may outlive the leader: always finish with SIGKILL to the group.
  signal('SIGKILL');
  if (!done) await Promise.race([exited, sleep(2000)]);
}

/**
 * Runs a command to completion with a time limit. Its output goes to `logFile` (when
 * given) and the last lines are kept for the error message; on timeout the whole process
 * group is killed. Resolves with the kept output; rejects on non-zero exit or timeout.
 */
export function runCommand(command, args, { cwd = REPO_ROOT, env = process.env, timeoutMs, label, logFile, echo = false }) {
  const name = label ?? `${command} ${args.join(' ')}`;
  if (logFile) appendFileSync(logFile, `\n$ (cd ${cwd} && ${command} ${args.join(' ')})\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    const keep = (chunk) => {
      const text = chunk.toString();
      if (logFile) appendFileSync(logFile, text);
      if (echo) process.stdout.write(text);
      tail.push(...text.split('\n'));
      if (tail.length > 60) tail.splice(0, tail.length - 60);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void killProcessTree(child, 2000);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new HostError(`${name}: could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const output = tail.join('\n').trim();
      if (timedOut) {
        reject(new HostError(`${name} timed out after ${Math.round(timeoutMs / 1000)} s\n${output}`));
      } else if (code !== 0) {
        reject(new HostError(`${name} failed (${signal ?? `exit code ${code}`})\n${output}`));
      } else {
        resolvePromise(output);
      }
    });
  });
}

/** Bundles the extension (scripts/build.mjs, i.e. npm run build), printing esbuild's summary. */
export async function buildExtension() {
  log('building the extension');
  await runCommand(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { timeoutMs: 120_000, label: 'npm run build', echo: true });
}

/** The absolute path of a program on PATH, or undefined. */
export function which(program) {
  const result = spawnSync('sh', ['-c', `command -v "${program}"`], { encoding: 'utf8' });
  const found = result.status === 0 ? result.stdout.trim() : '';
  return found || undefined;
}

/**
 * Runs `cleanup` once, on normal end, Ctrl+C or SIGTERM, so that no code-server or
 * browser outlives the script; after a signal the process exits with 130. Returns a
 * function that runs it (idempotent); its `signalled` is true once a signal came.
 */
export function onShutdown(cleanup) {
  let running;
  const run = () => (running ??= Promise.resolve().then(cleanup).catch((error) => reportError(error)));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      run.signalled = true;
      log(`${signal}: stopping`);
      // Bounded: if cleanup hangs, leave anyway.
      const force = setTimeout(() => process.exit(130), 15000);
      force.unref();
      void run().then(() => process.exit(130));
    });
  }
  return run;
}

// ---------------------------------------------------------------------------------------
// Folders
// ---------------------------------------------------------------------------------------

/** A fresh folder under the system temp folder. */
export function makeTempDir(prefix = 'policy-annotator-') {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Copies the fixture workspace (or the folder `source`) to `destination` (emptied first) and returns its absolute path. */
export async function copyFixtureWorkspace(destination, source = FIXTURE_WORKSPACE) {
  await rm(destination, { recursive: true, force: true });
  await mkdir(dirname(destination), { recursive: true });
  await cp(source, destination, { recursive: true });
  return destination;
}

/**
 * The per-run folders of one code-server: user data (with settings.json), extensions,
 * an empty config file and XDG folders, so that nothing is read from or written to ~.
 */
export async function prepareHostDirs(root) {
  const dirs = {
    root,
    userDataDir: join(root, 'user-data'),
    extensionsDir: join(root, 'extensions'),
    configFile: join(root, 'code-server.yaml'),
    xdgDir: join(root, 'xdg'),
  };
  await mkdir(join(dirs.userDataDir, 'User'), { recursive: true });
  await mkdir(dirs.extensionsDir, { recursive: true });
  await mkdir(dirs.xdgDir, { recursive: true });
  await writeFile(join(dirs.userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  // code-server insists on a config file (it would write one to ~/.config otherwise); the
  // command line repeats and overrides what is here.
  await writeFile(dirs.configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return dirs;
}

// ---------------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------------

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** Throws a HostError unless the installer finished (see install-code-server.mjs). */
export function assertCodeServerInstalled() {
  if (!existsSync(INSTALL_MARKER) || !existsSync(CODE_SERVER_ENTRY)) {
    throw new HostError(
      `code-server ${CODE_SERVER_VERSION} is not installed in ${CODE_SERVER_PREFIX}; run: node host/install-code-server.mjs`,
    );
  }
}

/** Environment for code-server: XDG folders inside the run's own folder. */
function codeServerEnv(dirs) {
  const env = { ...process.env };
  // Variables that would make code-server think it runs inside another VS Code.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  return {
    ...env,
    // No extension gallery (code-server's default is open-vsx.org, which is not reachable
    // here, and tests must not depend on the network anyway).
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: join(dirs.xdgDir, 'config'),
    XDG_DATA_HOME: join(dirs.xdgDir, 'data'),
    XDG_CACHE_HOME: join(dirs.xdgDir, 'cache'),
  };
}

/** Installs a VSIX into `dirs.extensionsDir` with code-server's own command line. */
export async function installVsix(vsix, dirs) {
  assertCodeServerInstalled();
  if (!existsSync(vsix)) throw new HostError(`VSIX not found: ${vsix}`);
  log(`installing ${vsix} into ${dirs.extensionsDir}`);
  await runCommand(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--config', dirs.configFile,
      '--user-data-dir', dirs.userDataDir,
      '--extensions-dir', dirs.extensionsDir,
      '--install-extension', resolve(vsix),
      '--force',
    ],
    { env: codeServerEnv(dirs), timeoutMs: 120_000, label: 'code-server --install-extension', echo: true },
  );
}

/**
 * Starts code-server on 127.0.0.1 (no auth: loopback only) for `workspace` and waits until
 * it answers /healthz. `onOutput(line)` receives its log lines. `locale` (e.g. 'zh-cn') is VS
 * Code's display language: it takes effect only with a language pack for it installed (see
 * host/language-pack.mjs). Returns `{ port, origin, child, stop() }`; stop() kills it with
 * all its children.
 */
export async function startCodeServer({ workspace, dirs, port, locale, onOutput = () => {}, startupTimeoutMs = 60_000 }) {
  assertCodeServerInstalled();
  port ??= await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    CODE_SERVER_ENTRY,
    '--config', dirs.configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
    ...(locale ? ['--locale', locale] : []),
    workspace,
  ];
  const child = spawn(process.execPath, args, {
    cwd: dirs.root,
    env: codeServerEnv(dirs),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const forward = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      onOutput(line);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  let exitInfo;
  const exited = new Promise((resolvePromise) =>
    child.once('exit', (code, signal) => {
      exitInfo = signal ?? `exit code ${code}`;
      resolvePromise(exitInfo);
    }),
  );
  child.once('error', (error) => {
    exitInfo = error.message;
  });
  // Last resort if this process dies without cleaning up (uncaught error, process.exit):
  // 'exit' handlers run synchronously, and process.kill is synchronous.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', killOnExit);
  const stop = async () => {
    await killProcessTree(child);
    process.off('exit', killOnExit);
  };
  try {
    await waitFor(
      async () => {
        if (exitInfo) throw new HostError(`code-server stopped during startup (${exitInfo})\n${tail.join('\n')}`);
        const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
        return response.ok;
      },
      { timeoutMs: startupTimeoutMs, intervalMs: 300, what: `code-server answering on ${origin}` },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, origin, child, exited, stop };
}

/**
 * The workbench URL for `folder`. The web workbench reads the `payload` query parameter:
 * extensionDevelopmentPath loads an extension from a folder, extensionTestsPath runs a
 * suite's run() in the (remote, Node) extension host. Paths are on code-server's machine.
 */
export function workbenchUrl({ origin, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(origin).host;
  const remote = (path) => `vscode-remote://${authority}${resolve(path)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams({ folder: resolve(folder) });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}

// ---------------------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------------------

/** Debian's Chromium, or $CHROMIUM_PATH; a HostError that says how to get one otherwise. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', which('chromium'), which('chromium-browser')];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new HostError(
      'Chromium not found. Install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

/**
 * Launches headless Chromium through playwright-core and opens one page of the given size.
 * Returns `{ browser, page, close() }`.
 */
export async function launchChromium({ width = 1400, height = 900, timeoutMs = 60_000 } = {}) {
  const executablePath = findChromium();
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new HostError('playwright-core is not installed: run npm install');
  }
  // playwright-core gives Chromium a fresh temporary profile and deletes it on close.
  let browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      timeout: timeoutMs,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
  } catch (error) {
    // playwright's message ends with the browser's own log; keep its start and its end.
    const lines = String(error.message).split('\n');
    const message = lines.length > 12 ? [...lines.slice(0, 2), '…', ...lines.slice(-8)].join('\n') : lines.join('\n');
    throw new HostError(`Chromium (${executablePath}) did not start: ${message}`);
  }
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const close = async () => {
    await withTimeout(browser.close(), 10_000, 'closing Chromium').catch(() => {});
  };
  return { browser, page, close };
}

/**
 * Waits until the status bar has not said "Activating Extensions…" for `quietMs` (the
 * extension host is up and the extensions that the open editors need have started), or
 * until `timeoutMs`, whichever comes first: a picture a little early beats no picture.
 */
export async function waitForExtensionsActivated(page, { timeoutMs = 30_000, quietMs = 1000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const text = await page.locator('.monaco-workbench .part.statusbar').innerText({ timeout: 5000 }).catch(() => '');
    if (/Activating Extensions/i.test(text)) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return true;
    await sleep(200);
  }
  return false;
}

/**
 * Waits until the workbench is on screen and connected to code-server: the workbench's
 * root element, the editor area and the status bar are there, and the remote connection
 * is not still "opening".
 */
export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.editor', { state: 'visible', timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { state: 'visible', timeout: timeoutMs });
  // The explorer lists the workspace's files once the remote file system answers.
  await page
    .waitForSelector('.explorer-folders-view .monaco-list-row', { state: 'visible', timeout: timeoutMs })
    .catch(() => {
      throw new HostError(`the workbench did not show the workspace's files within ${Math.round(timeoutMs / 1000)} s`);
    });
}

/** The `vsce` program of the project's own @vscode/vsce, which packages VSIX files. */
export function vsceCli() {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  try {
    return join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  } catch {
    throw new HostError('@vscode/vsce is not installed: run npm install');
  }
}
