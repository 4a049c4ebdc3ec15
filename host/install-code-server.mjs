#!/usr/bin/env node
// Installs code-server 4.100.3 (VS Code 1.100.3 on Node 20) into .vscode-test/, the host
// the integration tests, `npm start` and `npm run screenshots` run the extension in.
//
//   node host/install-code-server.mjs          # install unless already whole
//   node host/install-code-server.mjs --force  # reinstall
//
// `npm install code-server` does not work as-is here (root under npm, no internet but the
// npm registry and Debian), so its postinstall is replaced by these steps:
//   1. npm install --ignore-scripts code-server into the cache prefix;
//   2. build code-server's own argon2 from source;
//   3. lib/vscode: npm install --omit=dev --ignore-scripts, then build the native modules
//      from source (kerberos needs Debian's libkrb5-dev; node-pty runs `npx node-gyp`);
//   4. @vscode/ripgrep: link Debian's /usr/bin/rg instead of downloading a binary;
//   5. the links postinstall.sh makes (node_modules.asar, remote-cli, browser helper);
//   6. lib/vscode/extensions: npm install --omit=dev --ignore-scripts;
//   7. check that every native module really loads (npm 11 may skip install scripts
//      silently), then write the marker file. Without the marker the next run starts over.
// Every step has a time limit; the full npm output goes to .vscode-test/install-code-server.log.

import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  CACHE_DIR,
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CODE_SERVER_PREFIX,
  CODE_SERVER_VERSION,
  HostError,
  INSTALL_MARKER,
  log,
  reportError,
  runCommand,
  which,
} from './code-server.mjs';

const VSCODE_DIR = join(CODE_SERVER_DIR, 'lib', 'vscode');
const LOG_FILE = join(CACHE_DIR, 'install-code-server.log');
const MINUTE = 60_000;

/** VS Code's native modules, each with the compiled file that proves it was built. */
const VSCODE_NATIVE_MODULES = [
  { name: 'kerberos', built: 'build/Release/kerberos.node', fromSource: true },
  { name: 'node-pty', built: 'build/Release/pty.node' },
  { name: '@vscode/spdlog', built: 'build/Release/spdlog.node' },
  { name: 'native-watchdog', built: 'build/Release/watchdog.node' },
  // Ships prebuilt binaries as optional packages; building is only a fallback.
  { name: '@parcel/watcher', built: null },
  // Has no code on Linux, but node-gyp still produces an (empty) addon.
  { name: '@vscode/deviceid', built: 'build/Release/windows.node' },
];

/** The links postinstall.sh would make, relative to lib/vscode. */
const VSCODE_LINKS = [
  { path: 'node_modules.asar', target: 'node_modules' },
  { path: 'bin/remote-cli/code-server', target: 'code-linux.sh' },
  { path: 'bin/helpers/browser.sh', target: 'browser-linux.sh' },
];

const RIPGREP_LINK = join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');

/** Where npm put code-server's argon2 (hoisted or nested). */
function argon2Holder() {
  const nested = join(CODE_SERVER_DIR, 'node_modules', 'argon2');
  return existsSync(nested) ? CODE_SERVER_DIR : CODE_SERVER_PREFIX;
}

/** npm settings worth passing on from the environment (where to download from, and how). */
const NPM_SETTINGS_KEPT = ['registry', 'cache', 'cafile', 'proxy', 'https_proxy', 'noproxy', 'nodedir', 'userconfig', 'globalconfig'];

/**
 * Environment for npm: without the npm_* variables an outer `npm test` sets (its
 * local_prefix, prefix, allow_scripts… would steer the inner npm to the wrong project),
 * but with the download settings above; answers "yes" for npx.
 */
function npmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (!lower.startsWith('npm_') || NPM_SETTINGS_KEPT.some((name) => lower === `npm_config_${name}`)) env[key] = value;
  }
  return { ...env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...extra };
}

/** Tools the build needs from Debian; a clear list of what is missing. */
function checkPrerequisites() {
  const problems = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) problems.push(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  if (!which('npm')) problems.push('npm is not on PATH');
  for (const tool of ['python3', 'make', 'g++']) {
    if (!which(tool)) problems.push(`${tool} is not on PATH (node-gyp needs it)`);
  }
  if (!ripgrepBinary()) problems.push('ripgrep is missing: apt-get install -y ripgrep');
  if (!['/usr/include/gssapi/gssapi.h', '/usr/include/gssapi.h'].some((path) => existsSync(path))) {
    problems.push('Kerberos headers are missing (the kerberos module needs them): apt-get install -y libkrb5-dev');
  }
  if (problems.length > 0) {
    throw new HostError(`cannot install code-server:\n  - ${problems.join('\n  - ')}`);
  }
}

function ripgrepBinary() {
  return ['/usr/bin/rg', which('rg')].find((path) => path && existsSync(path));
}

/** The compiled addon of a module, or undefined. */
function builtFile(module) {
  const folder = join(VSCODE_DIR, 'node_modules', module.name);
  if (module.built === null) return folder;
  const file = join(folder, module.built);
  return existsSync(file) ? file : undefined;
}

function argon2Built() {
  const folder = join(argon2Holder(), 'node_modules', 'argon2', 'lib', 'binding');
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { recursive: true }).some((name) => String(name).endsWith('argon2.node'));
}

/** Problems with an install, cheapest checks only (files and links); empty when whole. */
function quickProblems() {
  const problems = [];
  if (!existsSync(CODE_SERVER_ENTRY)) problems.push(`missing ${CODE_SERVER_ENTRY}`);
  for (const module of VSCODE_NATIVE_MODULES) {
    if (!builtFile(module)) problems.push(`${module.name} was not built (no ${module.built})`);
  }
  if (!argon2Built()) problems.push('argon2 was not built (no lib/binding/**/argon2.node)');
  for (const link of VSCODE_LINKS) {
    if (!existsSync(join(VSCODE_DIR, link.path))) problems.push(`missing link lib/vscode/${link.path}`);
  }
  if (!existsSync(RIPGREP_LINK)) problems.push(`missing ${RIPGREP_LINK}`);
  if (!existsSync(join(VSCODE_DIR, 'extensions', 'node_modules'))) problems.push('built-in extensions have no node_modules');
  return problems;
}

/** Loads every native module in a fresh Node, which is what code-server will do. */
async function checkModulesLoad() {
  const names = VSCODE_NATIVE_MODULES.map((module) => module.name);
  const script = `for (const name of ${JSON.stringify(names)}) { require(name); }
const pty = require('node-pty'); if (typeof pty.spawn !== 'function') throw new Error('node-pty has no spawn');
console.log('native modules load');`;
  await runCommand(process.execPath, ['-e', script], {
    cwd: VSCODE_DIR,
    timeoutMs: MINUTE,
    label: 'loading the native modules',
    logFile: LOG_FILE,
  });
  await runCommand(process.execPath, ['-e', "require('argon2'); console.log('argon2 loads')"], {
    cwd: argon2Holder(),
    timeoutMs: MINUTE,
    label: 'loading argon2',
    logFile: LOG_FILE,
  });
}

/** Makes `path` a symbolic link to `target` (relative), replacing whatever was there. */
async function link(path, target) {
  await rm(path, { recursive: true, force: true });
  await symlink(target, path);
}

async function step(title, action) {
  const started = Date.now();
  log(`  ${title}…`);
  await action();
  log(`  ${title}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function install() {
  await rm(CODE_SERVER_PREFIX, { recursive: true, force: true });
  await mkdir(CODE_SERVER_PREFIX, { recursive: true });
  await writeFile(
    join(CODE_SERVER_PREFIX, 'package.json'),
    `${JSON.stringify({ name: 'policy-annotator-vscode-host', private: true, description: 'Cache; see host/install-code-server.mjs' }, null, 2)}\n`,
  );

  await step(`npm install code-server@${CODE_SERVER_VERSION} (no scripts)`, () =>
    runCommand('npm', ['install', '--prefix', CODE_SERVER_PREFIX, '--ignore-scripts', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: CODE_SERVER_PREFIX, env: npmEnv(), timeoutMs: 8 * MINUTE, logFile: LOG_FILE,
    }),
  );

  await step('build argon2 from source', () =>
    runCommand('npm', ['rebuild', 'argon2'], {
      cwd: argon2Holder(), env: npmEnv({ npm_config_build_from_source: 'true' }), timeoutMs: 6 * MINUTE, logFile: LOG_FILE,
    }),
  );

  await step("install VS Code's dependencies (no scripts)", () =>
    runCommand('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: VSCODE_DIR, env: npmEnv(), timeoutMs: 8 * MINUTE, logFile: LOG_FILE,
    }),
  );

  // kerberos would try to download a prebuilt binary first; build it from source straight away.
  const fromSource = VSCODE_NATIVE_MODULES.filter((module) => module.fromSource).map((module) => module.name);
  const others = VSCODE_NATIVE_MODULES.filter((module) => !module.fromSource).map((module) => module.name);
  await step(`build ${fromSource.join(', ')} from source`, () =>
    runCommand('npm', ['rebuild', ...fromSource], {
      cwd: VSCODE_DIR, env: npmEnv({ npm_config_build_from_source: 'true' }), timeoutMs: 6 * MINUTE, logFile: LOG_FILE,
    }),
  );
  await step(`build ${others.join(', ')}`, () =>
    runCommand('npm', ['rebuild', ...others], { cwd: VSCODE_DIR, env: npmEnv(), timeoutMs: 10 * MINUTE, logFile: LOG_FILE }),
  );

  await step("link Debian's ripgrep for @vscode/ripgrep", async () => {
    await mkdir(join(RIPGREP_LINK, '..'), { recursive: true });
    await link(RIPGREP_LINK, realpathSync(ripgrepBinary()));
  });

  await step('make the links of postinstall.sh', async () => {
    for (const { path, target } of VSCODE_LINKS) await link(join(VSCODE_DIR, path), target);
  });

  await step("install the built-in extensions' dependencies (no scripts)", () =>
    runCommand('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: join(VSCODE_DIR, 'extensions'), env: npmEnv(), timeoutMs: 5 * MINUTE, logFile: LOG_FILE,
    }),
  );

  await step('check that every native module was built and loads', async () => {
    const problems = quickProblems();
    if (problems.length > 0) {
      throw new HostError(
        `the install is incomplete (npm may have skipped install scripts; see ${LOG_FILE}):\n  - ${problems.join('\n  - ')}`,
      );
    }
    await checkModulesLoad();
  });

  await writeFile(
    INSTALL_MARKER,
    `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: process.versions.node, installedAt: new Date().toISOString() }, null, 2)}\n`,
  );
}

/**
 * Makes sure a whole code-server install is in the cache; installs it when not.
 * Returns the folder of the code-server package.
 */
export async function ensureCodeServer({ force = false } = {}) {
  if (!force && existsSync(INSTALL_MARKER)) {
    const problems = quickProblems();
    if (problems.length === 0) {
      log(`code-server ${CODE_SERVER_VERSION}: cached in ${CODE_SERVER_PREFIX}`);
      return CODE_SERVER_DIR;
    }
    log(`code-server ${CODE_SERVER_VERSION}: the cached install is broken, reinstalling:\n  - ${problems.join('\n  - ')}`);
  }
  checkPrerequisites();
  await mkdir(CACHE_DIR, { recursive: true });
  await rm(LOG_FILE, { force: true });
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_PREFIX} (2-3 minutes; log: ${LOG_FILE})`);
  await rm(INSTALL_MARKER, { force: true });
  await install();
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CODE_SERVER_DIR;
}

// Run as a script.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureCodeServer({ force: process.argv.includes('--force') }).then(
    () => process.exit(0),
    (error) => {
      reportError(error);
      process.exit(1);
    },
  );
}
