// A smoke suite for the web worker extension host (vscode.dev, github.dev, code-server's
// browser side): the extension's `browser` bundle activates there, the Policy view shows the
// Opinions, and the side-by-side editors open.
//
// A web worker has no Node and no file system, so this file is bundled by esbuild into one
// browser script (test/host/web-suite.mjs) that needs nothing but `vscode`, and it runs its own
// few tests instead of mocha. Started by: node test/host/run-code-server.mjs --web [--vsix …].
// VS Code runs an extensionTestsPath in the extension host of the extension whose folder holds
// it, so the launcher puts this bundle inside the extension's folder and makes VS Code run the
// extension in the web worker (the setting remote.extensionKind: ["web"]).

import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-annotator.policy-annotator';

interface Api {
  readonly version: string;
  getDocuments(): Promise<readonly { readonly id: string; readonly provisions: readonly unknown[] }[]>;
  searchProvisions(query: string): Promise<readonly { readonly provision: number; readonly title: { readonly zh: string } }[]>;
  openSideBySide(args?: { provision?: number }): Promise<{ left: string; right: string }>;
  describeProvisionTree(id?: string): Promise<{ readonly children: readonly { readonly label: string }[] }>;
  describeWordsView(): Promise<readonly { readonly label: string; readonly command?: { readonly command: string; readonly arguments: readonly unknown[] } }[]>;
}

type Test = { readonly name: string; readonly run: () => Promise<void> };
const tests: Test[] = [];
function it(name: string, run: () => Promise<void>): void {
  tests.push({ name, run });
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns a truthy value; fails with `what` after `timeoutMs`. */
async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    }
    await sleep(100);
  }
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

it('runs in the web worker extension host, not in Node', async () => {
  const scope = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
  check(typeof scope.importScripts === 'function', 'this is not a web worker (no importScripts)');
  check(!scope.process?.versions?.node, `this is Node ${scope.process?.versions?.node}`);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not installed`);
  // Extensions in the web worker (like any extension running beside the UI) report UI.
  check(extension.extensionKind === vscode.ExtensionKind.UI, `the extension runs as ${vscode.ExtensionKind[extension.extensionKind]}, not in the web worker`);
  check(vscode.env.uiKind === vscode.UIKind.Web, 'the UI is not the web workbench');
});

it('activates and reads the Opinions from its seeds', async () => {
  const policy = await api();
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  check(extension?.isActive, 'the extension did not activate');
  check(policy.version === extension.packageJSON.version, `the API reports version ${policy.version}`);
  const documents = await policy.getDocuments();
  check(documents.length === 1 && documents[0].id === 'mobile-internet-opinions-2017', `documents: ${documents.map((document) => document.id).join(', ')}`);
  check(documents[0].provisions.length === 24, `${documents[0].provisions.length} provisions, not 24`);
});

it('opens the Policy view, which lists the six parts', async () => {
  await vscode.commands.executeCommand('workbench.view.extension.policy');
  await vscode.commands.executeCommand('policyAnnotator.provisions.focus');
  const policy = await api();
  const root = await waitFor('the Provisions tree', async () => {
    const level = await policy.describeProvisionTree();
    return level.children.length > 0 && level;
  });
  // The root is the document; its children are the parts.
  const document = root.children.length === 1 ? await policy.describeProvisionTree(`mobile-internet-opinions-2017`) : root;
  check(document.children.length === 6, `the tree shows ${document.children.length} parts: ${document.children.map((child) => child.label).join(' | ')}`);
});

it('Open Side by Side shows the English and the Chinese editors at provision 15', async () => {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const result = await vscode.commands.executeCommand<{ left: string; right: string }>('policyAnnotator.openSideBySide', { provision: 15 });
  check(result, 'policyAnnotator.openSideBySide returned nothing');
  const [en, zh] = await waitFor('two policy-text editors', () => {
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.scheme === 'policy-text');
    const left = editors.find((editor) => editor.document.uri.toString() === result.left);
    const right = editors.find((editor) => editor.document.uri.toString() === result.right);
    return left && right && ([left, right] as const);
  });
  check(en.viewColumn === vscode.ViewColumn.One && zh.viewColumn === vscode.ViewColumn.Two, `columns ${en.viewColumn} and ${zh.viewColumn}`);
  check(en.document.getText().includes('15. Safeguarding users’ lawful rights and interest'), 'the English editor lacks the heading of provision 15');
  check(zh.document.getText().includes('15. 维护用户合法权益'), 'the Chinese editor lacks the heading of provision 15');
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
  check(tabs.some((label) => label.includes('English')) && tabs.some((label) => label.includes('中文')), `tabs: ${tabs.join(' | ')}`);
});

it('searches both languages', async () => {
  const results = await (await api()).searchProvisions('伪基站');
  check(results[0]?.provision === 15 && results[0].title.zh === '维护用户合法权益', `伪基站 found ${results.map((result) => result.provision).join(', ')}`);
});

it('counts words with jieba in a Web Worker beside the extension host: 网络安全 whole (Intl.Segmenter cuts it), no 的 or 和, a word opens its concordance', async () => {
  const result = await vscode.commands.executeCommand<{ words: readonly { word: string; count: number }[] }>('policyAnnotator.words', { document: 'mobile-internet-opinions-2017', top: 50 });
  const words = result.words.map(({ word }) => word);
  check(words.includes('网络安全'), `the words: ${words.join(' ')}`);
  check(!words.some((word) => ['的', '和', '或者'].includes(word)), `stop words among: ${words.join(' ')}`);
  check(words.slice(0, 20).filter((word) => [...word].length >= 2).length >= 16, `characters, not words: ${words.slice(0, 20).join(' ')}`);
  const shown = await (await api()).describeWordsView();
  check(shown.length === words.length && shown[0].label === words[0], `the view shows ${shown.map((item) => item.label).join(' ')}`);
  const click = shown[0].command;
  check(click?.command === 'policyAnnotator.concordance', `a word runs ${click?.command}`);
  const concordance = await vscode.commands.executeCommand<{ lines: readonly { match: string }[] }>(click.command, ...click.arguments);
  check(concordance.lines.length >= result.words[0].count && concordance.lines.every((line) => line.match.toLowerCase() === words[0]), `the concordance of ${words[0]}: ${concordance.lines.length} lines`);
});

it('every contributed command is registered', async () => {
  await api();
  const registered = new Set(await vscode.commands.getCommands(true));
  const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.commands ?? []) as { command: string }[];
  const missing = contributed.map((entry) => entry.command).filter((command) => !registered.has(command));
  check(contributed.length > 0 && missing.length === 0, `not registered in the web worker: ${missing.join(', ')}`);
});

/** Written by the launcher (test/host/web-suite.mjs, PAGE_CHECK_ANSWER) after it looked at the page. */
const PAGE_CHECK_ANSWER = '.policy-web-page-check.json';

it('the page shows the Provisions view listing the Opinions, and provision 15 in both editors', async () => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, 'no workspace folder is open');
  await vscode.commands.executeCommand('policyAnnotator.openSideBySide', { provision: 15 });
  await vscode.commands.executeCommand('workbench.view.extension.policy');
  // The launcher reads the page while this extension host still runs (it stops after the suite,
  // and the view empties), and answers with a file in the workspace.
  const answer = vscode.Uri.joinPath(folder.uri, PAGE_CHECK_ANSWER);
  console.log('web: checking the page');
  const text = await waitFor(
    'the launcher\'s answer (run this suite with node test/host/run-code-server.mjs --web)',
    async () => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(answer));
      } catch {
        return undefined;
      }
    },
    30_000,
  );
  await vscode.workspace.fs.delete(answer);
  const { problems } = JSON.parse(text) as { problems: string[] };
  check(problems.length === 0, problems.join('; '));
});

/** Runs the tests one after the other; rejects when one failed. Output goes to the launcher. */
export async function run(): Promise<void> {
  let passed = 0;
  const failures: string[] = [];
  console.log('web worker extension host');
  for (const test of tests) {
    const started = Date.now();
    try {
      await test.run();
      passed += 1;
      console.log(`  ✔ ${test.name} (${Date.now() - started}ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${test.name}: ${message}`);
      console.log(`  ✖ ${test.name}\n      ${message}`);
    }
  }
  console.log(`web: ${passed} passed, ${failures.length} failed`);
  if (failures.length > 0) {
    throw new Error(`${failures.length} web test(s) failed`);
  }
}
