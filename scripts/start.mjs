#!/usr/bin/env node
// `npm start`: builds the extension and opens it on the sample workspace for a person.
//
// - With desktop VS Code (`code` on PATH): an Extension Development Host window.
// - Otherwise (or with --web): code-server on 127.0.0.1 with the extension loaded through
//   the URL's payload; open the printed URL in a browser (on a remote machine, forward the
//   port, e.g. ssh -L <port>:127.0.0.1:<port>). Runs until Ctrl+C.
//
//   npm start                       # sample workspace: .vscode-test/sample-workspace
//   npm start -- --fresh            # reset the sample workspace from test/fixtures/workspace
//   npm start -- --web --port 8080  # code-server even where `code` exists, on a fixed port
//   npm start -- /path/to/folder    # another workspace
//
// After changing the code: npm run build, then "Developer: Reload Window" in VS Code.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import {
  CACHE_DIR,
  REPO_ROOT,
  buildExtension,
  copyFixtureWorkspace,
  log,
  makeTempDir,
  onShutdown,
  prepareHostDirs,
  reportError,
  startCodeServer,
  which,
  workbenchUrl,
} from '../host/code-server.mjs';
import { ensureCodeServer } from '../host/install-code-server.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    web: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT },
  },
});

/** The folder to open: the argument, or the sample workspace (made from the fixture once). */
async function workspaceFolder() {
  if (positionals[0]) return resolve(positionals[0]);
  const sample = join(CACHE_DIR, 'sample-workspace');
  if (options.fresh || !existsSync(sample)) {
    await copyFixtureWorkspace(sample);
    log(`sample workspace: ${sample} (copied from test/fixtures/workspace)`);
  }
  return sample;
}

/** Desktop VS Code: its own window; we wait until it is closed. */
function openDesktop(code, workspace) {
  log(`opening ${workspace} in desktop VS Code with the extension from ${REPO_ROOT}`);
  const child = spawn(code, ['--new-window', '--wait', `--extensionDevelopmentPath=${REPO_ROOT}`, workspace], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 0));
  process.once('SIGINT', () => child.kill('SIGINT'));
}

/** code-server on loopback, until Ctrl+C. */
async function openWeb(workspace) {
  await ensureCodeServer();
  const root = await makeTempDir('policy-annotator-start-');
  let server;
  const cleanup = onShutdown(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });
  try {
    const dirs = await prepareHostDirs(root);
    server = await startCodeServer({ workspace, dirs, port: options.port ? Number(options.port) : undefined });
  } catch (error) {
    await cleanup();
    throw error;
  }
  const url = workbenchUrl({ origin: server.origin, folder: workspace, extensionDevelopmentPath: REPO_ROOT });
  log('Policy Annotator is running in VS Code (code-server). Open this URL in a browser:');
  process.stdout.write(`\n  ${url}\n\n`);
  log('Press Ctrl+C to stop.');
  const how = await server.exited;
  if (cleanup.signalled) return; // Ctrl+C: the shutdown handler finishes and exits.
  log(`code-server stopped by itself (${how})`);
  await cleanup();
  process.exit(1);
}

try {
  await buildExtension();
  const workspace = await workspaceFolder();
  const code = options.web ? undefined : which('code');
  if (code) openDesktop(code, workspace);
  else await openWeb(workspace);
} catch (error) {
  reportError(error);
  process.exit(1);
}
