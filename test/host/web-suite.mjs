// The web worker run of test/host/run-code-server.mjs (--web): the extension's `browser`
// bundle in VS Code's web worker extension host, as on vscode.dev, inside code-server.
//
// How code-server 4.100.3 (VS Code 1.100.3) is made to use the web worker host:
//   - the user setting "remote.extensionKind": { "policy-annotator.policy-annotator": ["web"] }
//     overrides the extension's kind; an extension of kind "web" that is installed (locally or
//     on the remote) runs in the web worker host (pickRunningLocation in the workbench);
//   - VS Code runs extensionTestsPath in the extension host of the extension whose folder holds
//     the file (and in the remote Node host otherwise), so the suite, bundled for the browser,
//     is put inside the extension's folder: out/web-test/ of the repository for a development
//     run, <extensions>/policy-annotator.policy-annotator-<version>/.web-test/ for a VSIX.
// At the suite's end, answerPageCheck() reads the page: the Policy view and both editors.

import { readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { HostError, REPO_ROOT, log } from '../../host/code-server.mjs';

const MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;

/** The bundled web suite, without .js (VS Code's extensionTestsPath). */
export const WEB_SUITE_INDEX = join(REPO_ROOT, 'out', 'web-test', 'index');
const WEB_SUITE_SOURCE = join(REPO_ROOT, 'test', 'integration-web', 'index.ts');

/** Bundles test/integration-web/index.ts into one browser script that needs only `vscode`. */
export async function buildWebSuite() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new HostError('esbuild is not installed: run npm install');
  }
  /** @type {import('esbuild').Plugin} */
  const noNode = {
    name: 'no-node',
    setup(build) {
      build.onResolve({ filter: /^node:|^(fs|path|os|child_process|crypto|util|events|stream|assert)$/ }, (args) => ({
        errors: [{ text: `"${args.path}" is a Node built-in, which the web worker extension host does not have` }],
      }));
    },
  };
  await esbuild.build({
    entryPoints: [WEB_SUITE_SOURCE],
    outfile: `${WEB_SUITE_INDEX}.js`,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [noNode],
    logLevel: 'warning',
  });
  log(`bundled the web suite: ${WEB_SUITE_INDEX}.js`);
  return WEB_SUITE_INDEX;
}

/** Adds remote.extensionKind = ["web"] for this extension to the run's user settings. */
export async function forceWebWorker(dirs) {
  const file = join(dirs.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(await readFile(file, 'utf8'));
  settings['remote.extensionKind'] = { ...settings['remote.extensionKind'], [EXTENSION_ID]: ['web'] };
  await writeFile(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/** Copies the bundled suite into the installed extension's folder; returns its path without .js. */
export async function placeSuiteInInstalledExtension(dirs, suite) {
  const prefix = `${EXTENSION_ID}-`.toLowerCase();
  const folder = readdirSync(dirs.extensionsDir).find((name) => name.toLowerCase().startsWith(prefix));
  if (!folder) throw new HostError(`${EXTENSION_ID} is not installed in ${dirs.extensionsDir}`);
  const target = join(dirs.extensionsDir, folder, '.web-test');
  await mkdir(target, { recursive: true });
  await copyFile(`${suite}.js`, join(target, 'index.js'));
  return join(target, 'index');
}

/**
 * The web suite's last test logs this line, then waits for PAGE_CHECK_ANSWER in the workspace
 * (test/integration-web/index.ts keeps both names in step). It has to ask: once the suite ends,
 * VS Code stops the extension hosts, and the Policy view goes empty.
 */
export const PAGE_CHECK_REQUEST = 'web: checking the page';
const PAGE_CHECK_ANSWER = '.policy-web-page-check.json';

/** What the page shows that it should not: an empty list when the view and both editors are there. */
async function pageProblems(page) {
  const problems = [];
  const texts = async (selector) => (await page.locator(selector).allInnerTexts().catch(() => [])).map((text) => text.replace(/\s+/g, ' ').trim());
  const tabs = await texts('.monaco-workbench .part.editor .tabs-container .tab .label-name');
  if (!tabs.some((label) => label.includes('English')) || !tabs.some((label) => label.includes('中文'))) {
    problems.push(`the editor tabs are ${JSON.stringify(tabs)}, not the English and the Chinese policy text`);
  }
  const panes = await texts('.monaco-workbench .part.sidebar .pane-header .title');
  if (!panes.some((title) => /provisions/i.test(title))) problems.push(`the side bar shows ${JSON.stringify(panes)}, not the Provisions view`);
  const rows = await texts('.monaco-workbench .part.sidebar .pane-body .monaco-list-row');
  if (!rows.some((row) => /Mobile Internet Opinions|移动互联网/.test(row))) problems.push(`the Provisions view lists ${JSON.stringify(rows.slice(0, 5))}, not the Opinions`);
  const editors = await texts('.monaco-workbench .part.editor .monaco-editor .view-lines');
  if (!editors.some((text) => text.includes('Safeguarding users’ lawful rights')) || !editors.some((text) => text.includes('维护用户合法权益'))) {
    problems.push('the editors do not show the headings of provision 15 in English and Chinese');
  }
  return problems;
}

/**
 * Looks at the page until it shows the Policy view listing the Opinions and both editors at
 * provision 15 (at most 15 s), then writes what is missing to PAGE_CHECK_ANSWER in the workspace.
 */
export async function answerPageCheck(page, workspace) {
  let problems = [];
  try {
    const deadline = Date.now() + 15_000;
    do {
      problems = await pageProblems(page);
      if (problems.length === 0) break;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
    } while (Date.now() < deadline);
  } catch (error) {
    problems = [`could not read the page: ${error.message}`];
  }
  if (problems.length === 0) log('the page shows the Provisions view with the Opinions, and provision 15 in the English and the Chinese editor');
  await writeFile(join(workspace, PAGE_CHECK_ANSWER), `${JSON.stringify({ problems })}\n`);
}
