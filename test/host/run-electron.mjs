#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for
// people with a display and internet access (it downloads VS Code into .vscode-test/).
// On machines without either, use test/host/run-code-server.mjs (`npm run test:integration`).
//
//   npm run test:electron
//   node test/host/run-electron.mjs --vscode-version stable
//
// Options and environment:
//   --vscode-version <v>   / POLICY_TEST_VSCODE_VERSION   default 1.100.3, the version code-server carries
//   --extension-path <dir> / POLICY_TEST_EXTENSION_PATH   extension folder (default: the repo)
//   --tests <path>         / POLICY_TEST_SUITE            suite index (default: out/test/integration/index)
// On Linux without a desktop, wrap it: xvfb-run -a npm run test:electron

import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { CACHE_DIR, HostError, REPO_ROOT, SUITE_INDEX, copyFixtureWorkspace, makeTempDir, prepareHostDirs, reportError } from '../../host/code-server.mjs';

const { values: options } = parseArgs({
  options: {
    'vscode-version': { type: 'string', default: process.env.POLICY_TEST_VSCODE_VERSION ?? '1.100.3' },
    'extension-path': { type: 'string', default: process.env.POLICY_TEST_EXTENSION_PATH ?? REPO_ROOT },
    tests: { type: 'string', default: process.env.POLICY_TEST_SUITE ?? SUITE_INDEX },
  },
});

let root;
let exitCode = 1;
try {
  const suite = resolve(options.tests.replace(/\.js$/, ''));
  if (!existsSync(`${suite}.js`)) throw new HostError(`${suite}.js does not exist: run npm run pretest`);

  let runTests;
  try {
    ({ runTests } = await import('@vscode/test-electron'));
  } catch {
    throw new HostError('@vscode/test-electron is not installed: run npm install');
  }

  // The same fixture workspace and settings as the code-server launcher, in a fresh folder.
  root = await makeTempDir('policy-annotator-electron-');
  const dirs = await prepareHostDirs(root);
  const workspace = await copyFixtureWorkspace(join(root, 'workspace'));

  exitCode = await runTests({
    version: options['vscode-version'],
    cachePath: CACHE_DIR,
    extensionDevelopmentPath: resolve(options['extension-path']),
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--user-data-dir', dirs.userDataDir,
      '--extensions-dir', dirs.extensionsDir,
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ],
  });
} catch (error) {
  // runTests rejects with "Test run failed with code N" when the suite fails.
  reportError(error);
  exitCode = 1;
} finally {
  if (root) await rm(root, { recursive: true, force: true });
}
process.exit(exitCode);
