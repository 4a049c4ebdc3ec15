#!/usr/bin/env node
// Runs the integration suite inside a real VS Code 1.100.3: code-server serves the
// workbench on 127.0.0.1, headless Chromium (Debian's, through playwright-core) opens it
// with the suite in the URL's payload, and the suite's run() executes in code-server's
// Node extension host. Exits with the suite's exit code.
//
//   node test/host/run-code-server.mjs                 # the extension from this repository
//   node test/host/run-code-server.mjs --vsix x.vsix   # install a VSIX instead, then test it
//   node test/host/run-code-server.mjs --web [--vsix x.vsix]
//                     # the browser bundle in the web worker extension host: the smoke suite
//                     # test/integration-web/ (see test/host/web-suite.mjs)
//   node test/host/run-code-server.mjs --locale zh-cn
//                     # VS Code's display language Chinese (a minimal language pack, see
//                     # host/language-pack.mjs): the suite test/integration-zh/
//
// Options and environment:
//   --extension-path <dir>  / POLICY_TEST_EXTENSION_PATH  extension folder (default: the repo)
//   --vsix <file>           / POLICY_TEST_VSIX            install this VSIX; no development path
//   --tests <path>          / POLICY_TEST_SUITE           suite index without .js
//                                                        (default: out/test/integration/index,
//                                                        with --web out/web-test/index, with
//                                                        --locale out/test/integration-zh/index)
//   --web                   / POLICY_TEST_WEB=1           run the extension in the web worker host
//   --locale <locale>       / POLICY_TEST_LOCALE          VS Code's display language (zh-cn)
//   --workspace <dir>       / POLICY_TEST_WORKSPACE       the folder to open, copied (default: the
//                                                        fixture workspace; the activation bench
//                                                        opens one without notes, which would
//                                                        activate the extension at start-up)
//   --keep                  / POLICY_TEST_KEEP=1          keep the temporary folder
//   --verbose               / POLICY_TEST_VERBOSE=1       also print code-server's and the page's logs
//   POLICY_TEST_TIMEOUT_MS  the whole run's limit (default 15 minutes)
//   POLICY_TEST_GREP        passed to mocha's grep inside the extension host
//   POLICY_TEST_SHUFFLE     a number: run the test files in an order drawn from it (suites
//                           must not depend on one another)
//   CHROMIUM_PATH           a browser other than /usr/bin/chromium
//
// The fixture workspace (test/fixtures/workspace) is copied to a fresh temporary folder for
// every run. Every wait is bounded; code-server and Chromium are always stopped at the end.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';

import {
  CODE_SERVER_VERSION,
  HostError,
  REPO_ROOT,
  SUITE_INDEX,
  copyFixtureWorkspace,
  findChromium,
  installVsix,
  launchChromium,
  log,
  makeTempDir,
  onShutdown,
  prepareHostDirs,
  reportError,
  startCodeServer,
  withTimeout,
  workbenchUrl,
} from '../../host/code-server.mjs';
import { ensureCodeServer } from '../../host/install-code-server.mjs';
import { KEYBOARD_REQUEST, answerKeyboardRequest } from './keyboard-request.mjs';
import { WEBVIEW_REQUEST, answerWebviewRequest } from './webview-request.mjs';
import { installLanguagePack } from '../../host/language-pack.mjs';
import { PAGE_CHECK_REQUEST as LOCALE_PAGE_CHECK_REQUEST, ZH_SUITE_INDEX, answerLocalePageCheck } from './locale-page-check.mjs';
import { PAGE_CHECK_REQUEST, WEB_SUITE_INDEX, answerPageCheck, buildWebSuite, forceWebWorker, placeSuiteInInstalledExtension } from './web-suite.mjs';

const STARTUP_TIMEOUT_MS = 60_000;
const OVERALL_TIMEOUT_MS = Number(process.env.POLICY_TEST_TIMEOUT_MS ?? 15 * 60_000);
/** Everything, the install of code-server included, ends by then. */
const DEADLINE = Date.now() + OVERALL_TIMEOUT_MS;

const { values: options } = parseArgs({
  options: {
    'extension-path': { type: 'string', default: process.env.POLICY_TEST_EXTENSION_PATH },
    vsix: { type: 'string', default: process.env.POLICY_TEST_VSIX },
    tests: { type: 'string', default: process.env.POLICY_TEST_SUITE },
    web: { type: 'boolean', default: process.env.POLICY_TEST_WEB === '1' },
    locale: { type: 'string', default: process.env.POLICY_TEST_LOCALE || undefined },
    workspace: { type: 'string', default: process.env.POLICY_TEST_WORKSPACE || undefined },
    keep: { type: 'boolean', default: process.env.POLICY_TEST_KEEP === '1' },
    verbose: { type: 'boolean', default: process.env.POLICY_TEST_VERBOSE === '1' },
  },
});
options.tests ??= options.web ? WEB_SUITE_INDEX : options.locale ? ZH_SUITE_INDEX : SUITE_INDEX;

/** Checks what the run needs from the build before starting anything. */
function checkInputs() {
  findChromium(); // Before the slow steps: no browser, no run.
  const suite = resolve(options.tests.replace(/\.js$/, ''));
  if (!existsSync(`${suite}.js`)) {
    throw new HostError(`the integration suite ${suite}.js does not exist: run npm run compile-tests (or npm run pretest)`);
  }
  if (options.vsix) {
    if (options['extension-path']) throw new HostError('--vsix and --extension-path exclude each other');
    return { suite, vsix: resolve(options.vsix), extensionPath: undefined };
  }
  const extensionPath = resolve(options['extension-path'] ?? REPO_ROOT);
  const manifestFile = join(extensionPath, 'package.json');
  if (!existsSync(manifestFile)) throw new HostError(`no package.json in the extension folder ${extensionPath}`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.main && !existsSync(resolve(extensionPath, manifest.main)) && !existsSync(resolve(extensionPath, `${manifest.main}.js`))) {
    throw new HostError(`the extension's main file ${manifest.main} is missing in ${extensionPath}: run npm run build`);
  }
  return { suite, vsix: undefined, extensionPath };
}

/** Errors in the workbench log after which the suite will never report its end. */
const FATAL_HOST_ERRORS = [/Cannot load test runner/, /Extension host .*terminated unexpectedly/i];

/** Turns one codeAutomationLog call into text: console.log's arguments, format string first. */
function formatLog(args) {
  return format(...(Array.isArray(args) ? args : [args]));
}

/**
 * The workbench's own start-up chatter, which reaches codeAutomationLog alongside the
 * extension host's output (nothing tells them apart): shown only with --verbose.
 */
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^Ignoring fetching additional builtin extensions/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
];

/**
 * With --locale, the workbench looks for translations of the built-in extensions, which the
 * minimal language pack lacks, in the extension gallery, which tests have none of: it logs one
 * error per built-in extension that starts. Shown only with --verbose.
 */
const LOCALE_CHATTER = [/^No extension gallery service configured/];

async function main(resources) {
  if (options.web && options.tests === WEB_SUITE_INDEX) await buildWebSuite();
  const { suite, vsix, extensionPath } = checkInputs();
  await ensureCodeServer();

  const root = await makeTempDir('policy-annotator-test-');
  resources.root = root;
  const dirs = await prepareHostDirs(root);
  const workspace = await copyFixtureWorkspace(join(root, 'workspace'), options.workspace && resolve(options.workspace));
  if (vsix) await installVsix(vsix, dirs);
  if (options.locale) await installLanguagePack(dirs, options.locale);
  if (options.web) await forceWebWorker(dirs);
  // The web worker host runs a suite only from inside the extension's folder (see web-suite.mjs).
  const testsPath = options.web && vsix ? await placeSuiteInInstalledExtension(dirs, suite) : suite;

  const started = Date.now();
  const server = await startCodeServer({
    workspace,
    dirs,
    locale: options.locale,
    startupTimeoutMs: STARTUP_TIMEOUT_MS,
    onOutput: (line) => options.verbose && process.stdout.write(`[code-server] ${line}\n`),
  });
  resources.server = server;
  log(`code-server ${CODE_SERVER_VERSION} is listening on ${server.origin}`);

  const chromium = await launchChromium();
  resources.chromium = chromium;
  const { page } = chromium;

  // The suite's end: the workbench calls window.codeAutomationExit(code) when run() settles.
  let settle;
  const suiteExit = new Promise((resolvePromise, reject) => {
    settle = { resolve: resolvePromise, reject };
  });
  suiteExit.catch(() => {}); // Awaited below; a rejection before that is not "unhandled".
  let summary;
  await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(Number(code)));
  // Everything the extension host logs (mocha's reporter included) arrives here.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = formatLog(args);
    if (!options.verbose && type === 'info' && WORKBENCH_CHATTER.some((pattern) => pattern.test(text))) return;
    if (!options.verbose && options.locale && LOCALE_CHATTER.some((pattern) => pattern.test(text))) return;
    for (const line of text.split('\n')) {
      if (/^\w+: \d+ passed, \d+ failed/.test(line.trim())) summary = line.trim();
    }
    process.stdout.write(type === 'error' || type === 'warn' ? `[${type}] ${text}\n` : `${text}\n`);
    // The web suite asks for a look at the page while its extension host still runs.
    if (options.web && text.includes(PAGE_CHECK_REQUEST)) void answerPageCheck(page, workspace);
    // So does the Chinese-UI suite, for the contributions' titles as VS Code shows them.
    if (options.locale && text.includes(LOCALE_PAGE_CHECK_REQUEST)) void answerLocalePageCheck(page, workspace, options.locale);
    // Any suite may ask for keys typed into VS Code's own widgets (a quick pick's input).
    if (text.includes(KEYBOARD_REQUEST)) void answerKeyboardRequest(page, workspace, text).catch((error) => log(`keyboard request failed: ${error.message}`));
    // Or for a click inside a webview editor's page (a cell of the code matrix).
    if (text.includes(WEBVIEW_REQUEST)) void answerWebviewRequest(page, text).catch((error) => log(`webview request failed: ${error.message}`));
    // Failures after which VS Code never calls codeAutomationExit: stop now, not at the time limit.
    if (type === 'error' && FATAL_HOST_ERRORS.some((pattern) => pattern.test(text))) {
      settle.reject(new HostError(`the extension host could not run the suite: ${text.split('\n')[0]}`));
    }
  });
  page.on('crash', () => settle.reject(new HostError('the workbench page crashed')));
  page.on('close', () => settle.reject(new HostError('the workbench page closed before the suite ended')));
  page.on('pageerror', (error) => options.verbose && process.stdout.write(`[page error] ${error.message}\n`));
  page.on('console', (message) => options.verbose && process.stdout.write(`[page ${message.type()}] ${message.text()}\n`));
  void server.exited.then((how) => settle.reject(new HostError(`code-server stopped during the run (${how})`)));

  // VS Code runs extensionTestsPath only in development mode ("Cannot load test runner"
  // otherwise), so a VSIX run points the development path at an empty folder: no extension
  // comes from there, and the installed one is tested.
  let developmentPath = extensionPath;
  if (!developmentPath) {
    developmentPath = join(root, 'no-development-extension');
    await mkdir(developmentPath, { recursive: true });
  }
  const url = workbenchUrl({ origin: server.origin, folder: workspace, extensionDevelopmentPath: developmentPath, extensionTestsPath: testsPath });
  log(`opening the workbench with ${vsix ? `the installed ${vsix}` : `the extension in ${extensionPath}`}${options.web ? ' in the web worker extension host' : ''}${options.locale ? `, display language ${options.locale}` : ''}`);
  if (options.verbose) log(url);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STARTUP_TIMEOUT_MS });
  await page
    .waitForSelector('.monaco-workbench', { timeout: STARTUP_TIMEOUT_MS })
    .catch(() => {
      throw new HostError(`the workbench did not appear within ${STARTUP_TIMEOUT_MS / 1000} s`);
    });
  log('workbench loaded; running the suite in the extension host');

  const code = await withTimeout(suiteExit, Math.max(DEADLINE - Date.now(), 1000), 'the integration suite');
  log(`suite exited with code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s (VS Code 1.100.3 in code-server ${CODE_SERVER_VERSION})`);
  return { code, summary };
}

const resources = {};
const cleanup = onShutdown(async () => {
  await resources.chromium?.close();
  await resources.server?.stop();
  if (resources.root) {
    if (options.keep) log(`kept ${resources.root}`);
    else await rm(resources.root, { recursive: true, force: true });
  }
});

// Last resort: whatever hangs (an install step, a browser call), the process ends, after a
// cleanup that is itself bounded.
const overall = setTimeout(() => {
  reportError(new HostError(`the run took longer than ${OVERALL_TIMEOUT_MS / 1000} s; stopping`));
  const force = setTimeout(() => process.exit(1), 20_000);
  force.unref();
  void cleanup().then(() => process.exit(1));
}, OVERALL_TIMEOUT_MS + 30_000);
overall.unref();

let exitCode = 1;
try {
  const { code, summary } = await main(resources);
  exitCode = code;
  await cleanup();
  // Repeat the suite's closing line last, where CI and people look for it.
  if (summary) console.log(summary);
} catch (error) {
  reportError(error);
  await cleanup();
  exitCode = 1;
}
process.exit(exitCode);
