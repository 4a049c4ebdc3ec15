#!/usr/bin/env node
// `npm run screenshots`: pictures of the extension in a real VS Code for the README and
// the Marketplace page. The script builds the extension, then code-server serves VS Code
// 1.100.3 with the extension loaded from this repository (development path), headless Chromium shows it at 1400x900, and each scene below drives the UI like a person
// (command palette, keyboard) before its PNG is saved under media/screenshots/.
//
//   npm run screenshots                      # every scene
//   npm run screenshots -- --scene workbench # only the named scene(s)
//
// To add a scene, append to SCENES: { name, file, run(ui) }, with `locale: 'zh-cn'` for one in
// VS Code's Chinese display language (a second code-server with a minimal language pack, see
// host/language-pack.mjs) and `keepMouse: true` when the mouse must stay where the scene
// left it (a hover). Each scene starts with all editors closed and has SCENE_TIMEOUT_MS to
// finish. The `ui` helpers are below. The workspace is the fixture's (test/fixtures/workspace,
// with its notes in policy-notes/) plus DEMO_FILES.

import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';

import {
  HostError,
  REPO_ROOT,
  buildExtension,
  copyFixtureWorkspace,
  launchChromium,
  log,
  makeTempDir,
  onShutdown,
  prepareHostDirs,
  reportError,
  sleep,
  startCodeServer,
  waitForExtensionsActivated,
  waitForWorkbench,
  withTimeout,
  workbenchUrl,
} from '../host/code-server.mjs';
import { ensureCodeServer } from '../host/install-code-server.mjs';
import { installLanguagePack } from '../host/language-pack.mjs';

const OUTPUT_DIR = join(REPO_ROOT, 'media', 'screenshots');
const VIEWPORT = { width: 1400, height: 900 };
const SCENE_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 15_000;

/** The scenes, in order. `ui` is made by uiHelpers(page). */
const SCENES = [
  {
    name: 'workbench',
    file: 'workbench.png',
    async run(ui) {
      await ui.openFile('paper.md');
    },
  },
  {
    name: 'side-by-side',
    file: 'side-by-side.png',
    async run(ui) {
      // The Policy view in the side bar, then "Search Provisions…" for 伪基站 ("fake base stations"):
      // it opens provision 15 in English and Chinese and selects the matching clause, so the
      // linked editors highlight it and its translation.
      await ui.openPolicyView('Policy');
      await ui.waitFor('.sidebar .monaco-list-row:has-text("Importance and overall requirements")');
      await ui.command('Policy: Search Provisions…');
      await ui.page.locator('.quick-input-widget input.input').fill('伪基站');
      await ui.waitFor('.quick-input-widget .monaco-list-row:has-text("15. ")');
      await ui.press('Enter');
      await ui.waitFor('.editor-group-container .tab:has-text("(中文).policy")');
      await ui.sleep(500); // The linked highlight settles.
    },
  },
  {
    name: 'annotations',
    file: 'annotations.png',
    async run(ui) {
      // The fixture's notes (policy-notes/): provision 3 side by side, its tags coloured in both
      // languages; in the Provisions view its two annotations; in the Tags view the codebook.
      await ui.openPolicyView('Policy');
      await ui.goToProvision('Policy: Go to Provision…', 'Basic principles', '3. Basic principles');
      await ui.expandRow('3. Basic principles');
      await ui.expandRow('2 · 创新'); // The tag Innovation in the Tags view, with its count.
      await ui.clickRow('3. Basic principles'); // Opens it side by side again, once the editors have settled.
      await ui.sleep(1000);
    },
  },
  {
    name: 'comment-thread',
    file: 'comment-thread.png',
    async run(ui) {
      // The notes on provision 3 as comment threads on the side-by-side text, opened.
      await ui.goToProvision('Policy: Go to Provision…', 'Basic principles', '3. Basic principles');
      await ui.command('Comments: Expand All Comments');
      // Back to the provision: the opened threads have moved the text.
      await ui.goToProvision('Policy: Go to Provision…', 'Basic principles', '3. Basic principles');
      await ui.waitFor('.editor-group-container .review-widget :text("Compare with the 2016 Internet Plus plan.")');
      await ui.sleep(500);
    },
  },
  {
    name: 'insert-reference',
    file: 'insert-reference.png',
    async run(ui) {
      // Insert Reference in a Markdown draft, with a query typed: the search ranks the provisions.
      await ui.hideSideBar(); // The draft beside the quick pick.
      await ui.openFile('chapter.md');
      await ui.press('Control+End');
      await ui.command('Policy: Insert Reference…');
      await ui.page.locator('.quick-input-widget input.input').fill('personal information');
      await ui.waitFor('.quick-input-widget .monaco-list-row:has-text("15. ")');
    },
  },
  {
    name: 'reference-hover',
    file: 'reference-hover.png',
    keepMouse: true,
    async run(ui) {
      // The mouse on a reference in the draft: provision 3 in both languages, with the team's tags and notes.
      await ui.hideSideBar();
      await ui.openFile('chapter.md');
      const reference = ui.page.locator('.editor-group-container .monaco-editor .view-line span', { hasText: 'Opinions ¶3' }).first();
      await reference.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      // The first hover may come before the extension has started for Markdown: move off and on again.
      const hoverShown = ui.page.locator('.monaco-hover:has-text("基本原则")').first();
      for (let attempt = 1; ; attempt++) {
        await ui.page.mouse.move(1, 1);
        await reference.hover();
        if (await hoverShown.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => attempt >= 4)) break;
      }
      await ui.waitFor('.monaco-hover:has-text("基本原则")');
      // A hover is at most 250 pixels high until it is resized: pull its lower edge down, as a
      // reader would, so that the notes under the provision's text show.
      const hover = await ui.page.locator('.monaco-hover:has-text("基本原则")').first().boundingBox();
      if (hover) {
        await ui.page.mouse.move(hover.x + hover.width / 2, hover.y + hover.height - 1, { steps: 5 });
        await ui.page.mouse.down();
        await ui.page.mouse.move(hover.x + hover.width / 2, hover.y + hover.height + 200, { steps: 10 });
        await ui.page.mouse.up();
      }
      await ui.sleep(500);
    },
  },
  {
    name: 'corpus',
    file: 'corpus.png',
    async run(ui) {
      // Reading across the corpus: the concordance of 个人信息 ("personal information") over the
      // laws of CORPUS_LAWS, one line opened side by side, the Related view beside it following the cursor.
      await ui.openPolicyView('Policy');
      await ui.command('Policy: Concordance…');
      await ui.page.locator('.quick-input-widget input.input').fill('个人信息');
      await ui.press('Enter');
      await ui.page.locator('.sidebar .pane-header', { hasText: 'Tags' }).first().click(); // Room for the lines.
      await ui.clickRow('出售、提供');
      await ui.waitFor('.editor-group-container .tab:has-text("(中文).policy")');
      await ui.waitFor('.sidebar .pane-header:has-text("Related") + .pane-body .monaco-list-row');
      await ui.sleep(1000);
    },
  },
  {
    name: 'chinese-ui',
    file: 'chinese-ui.png',
    locale: 'zh-cn',
    async run(ui) {
      // VS Code in Chinese: the view titles, the provision titles and the notes' descriptions follow it.
      await ui.openPolicyView('政策');
      await ui.command('政策: 交换左右语言'); // The Chinese original on the left.
      await ui.goToProvision('政策: 转到条款…', '基本原则', '3. 基本原则');
      await ui.expandRow('3. 基本原则');
      await ui.expandRow('2 · Innovation');
      // The notes as comment threads in the Chinese editor, labelled in Chinese.
      await ui.goToProvision('政策: 转到条款…', '基本原则', '3. 基本原则');
      await ui.command('Comments: Expand All Comments');
      await ui.goToProvision('政策: 转到条款…', '基本原则', '3. 基本原则');
      await ui.waitFor('.editor-group-container .review-widget :text("第 3 条 · 整条")');
      await ui.sleep(1000);
    },
  },
  // The code matrix from the palette: tags × documents, counting the coded passages, as a
  // keyboard-navigable table with its heatmap (drawn by Vega in the extension); then the same in
  // VS Code's Chinese: its heading, axes, buttons and the heatmap's titles.
  matrixScene('findings-matrix', undefined, 'Policy: Open Code Matrix', 'Code Matrix'),
  matrixScene('findings-matrix-zh', 'zh-cn', '政策: 打开编码矩阵', '编码矩阵'),
];

/** The scene of the code matrix opened by the command titled `command`, whose tab is titled `tab`. */
function matrixScene(name, locale, command, tab) {
  return {
    name,
    file: `${name}.png`,
    ...(locale && { locale }),
    async run(ui) {
      await ui.hideSideBar();
      await ui.command(command);
      await ui.waitFor(`.editor-group-container .tab:has-text("${tab}")`);
      await ui.webviewFrame().locator('img.chart').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      await ui.sleep(500);
    },
  };
}

/** User settings added to the host's (host/code-server.mjs) for every scene. */
const SCREENSHOT_SETTINGS = { 'comments.openView': 'never' };

/** The side bar's width in the pictures, wide enough for the provisions' second titles. */
const SIDE_BAR_WIDTH = 400;

/** Files added to the workspace for the scenes (path in the workspace → text). */
const DEMO_FILES = {
  'drafts/chapter.md': `# 3. Development first

The Opinions open with a promise: the mobile Internet should "reduce the digital divide and arouse
economic vitality" ([Mobile Internet Opinions ¶3](policy-annotator:/mobile-internet-opinions-2017/3)).
Security is not set against development but made its condition.

## 3.1 Users' rights

Personal information, and the fight against fake base stations, come later, in
《关于促进移动互联网健康有序发展的意见》第十五条.

`,
};

/** Laws of test/fixtures/documents added to the workspace (with the CLI) for the corpus scene. */
const CORPUS_LAWS = ['pipl-2021', 'e-commerce-law-2018', 'anti-telecom-fraud-law-2022', 'wildlife-protection-law-2018', 'wildlife-protection-law-2022'];

/** What the second coder auto-codes on the corpus laws: a query and the codebook's tag for it. */
const CORPUS_CODING = [
  ['个人信息', 'privacy'],
  ['网络安全', 'security'],
  ['创新', 'innovation'],
  ['违法信息', 'content-control'],
];

/** What a scene can do, each step bounded by STEP_TIMEOUT_MS. */
function uiHelpers(page) {
  const quickInput = page.locator('.quick-input-widget');
  const quickInputBox = quickInput.locator('input.input');

  /** Types `text` into the open quick input, then picks the first row that contains `match`. */
  async function pick(text, match) {
    await quickInputBox.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await quickInputBox.fill(text);
    await quickInput.locator('.monaco-list-row', { hasText: match }).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await page.keyboard.press('Enter');
    // Closed, or already replaced by the quick input of the command just picked (same widget).
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while ((await quickInput.isVisible()) && (await quickInputBox.inputValue().catch(() => '')) === text) {
      if (Date.now() > deadline) throw new HostError(`the quick input did not close after picking "${match}"`);
      await sleep(100);
    }
  }

  return {
    page,
    /** Runs a command by its title, through the command palette (F1). */
    async command(title) {
      await page.keyboard.press('F1');
      await pick(`>${title}`, title);
    },
    /** Opens a workspace file through Quick Open (Ctrl+P). */
    async openFile(name) {
      await page.keyboard.press('Control+P');
      await pick(name, name);
      await page.locator('.editor-group-container .tab', { hasText: name }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    },
    /** Shows the Policy view container; `title` is its name in the UI's language. */
    async openPolicyView(title) {
      const item = page.locator('.activitybar .action-item', { has: page.locator(`a[aria-label^="${title}"]`) }).first();
      // A click on the container already shown would hide the side bar.
      if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await item.click();
      await page.locator('.sidebar .pane-body .monaco-list-row').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    },
    /** Runs "Go to Provision…" (`title`: its title in the UI's language), types `query`, picks the row with `row`. */
    async goToProvision(title, query, row) {
      await page.keyboard.press('F1');
      await pick(`>${title}`, title);
      await pick(query, row);
      await page.locator('.editor-group-container .tab', { hasText: '(中文).policy' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      // The editors may be open already: give them the moment they take to scroll and take the
      // focus, which would close a quick input opened meanwhile.
      await sleep(1000);
    },
    /** Expands the first side bar tree row that contains `text`, by its twistie (a click on the row would open it). */
    async expandRow(text) {
      const row = page.locator('.sidebar .pane-body .monaco-list-row', { hasText: text }).first();
      await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      if ((await row.getAttribute('aria-expanded')) === 'false') {
        await row.locator('.monaco-tl-twistie').click();
      }
    },
    /** Hides the side bar, if it is shown (the command is there only then). */
    async hideSideBar() {
      if (await page.locator('.monaco-workbench .part.sidebar').isVisible()) await this.command('View: Close Primary Side Bar');
    },
    /** Clicks the label of the first side bar tree row that contains `text` (a provision's opens it side by side). */
    async clickRow(text) {
      const row = page.locator('.sidebar .pane-body .monaco-list-row', { hasText: text }).first();
      await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      await row.locator('.label-name').first().click();
    },
    /** The page inside the active webview editor (VS Code nests it in two iframes, laid over the editor rather than inside it). */
    webviewFrame: () => page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame'),
    /** Presses keys, e.g. 'Control+Shift+E'. */
    press: (keys) => page.keyboard.press(keys),
    /** Waits until `selector` is visible. */
    waitFor: (selector) => page.locator(selector).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }),
    sleep,
  };
}

/** Drags the sash on the side bar's right edge until the side bar is `width` pixels wide. */
async function widenSideBar(page, width) {
  const box = await page.locator('.monaco-workbench .part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 10 });
  await page.mouse.up();
}

/** Back to a plain workbench between scenes: no editors, no notifications, no open palette. */
async function resetWorkbench(ui) {
  await ui.press('Escape');
  await ui.command('View: Close All Editors');
  await ui.command('Notifications: Clear All Notifications');
}

/**
 * Starts code-server (in `locale`, when given) on a fresh copy of the workspace, opens the
 * workbench and saves each scene's PNG; stops code-server and Chromium at the end.
 */
async function runScenes(scenes, locale) {
  const root = join(resources.root, locale ?? 'en');
  const dirs = await prepareHostDirs(root);
  // The Comments panel would open (and take half the window) with the first note thread.
  const settingsFile = join(dirs.userDataDir, 'User', 'settings.json');
  await writeFile(settingsFile, `${JSON.stringify({ ...JSON.parse(await readFile(settingsFile, 'utf8')), ...SCREENSHOT_SETTINGS }, null, 2)}\n`);
  const workspace = await copyFixtureWorkspace(join(root, 'workspace'));
  for (const [path, text] of Object.entries(DEMO_FILES)) await writeFile(join(workspace, path), text);
  const laws = CORPUS_LAWS.map((id) => join(REPO_ROOT, 'test', 'fixtures', 'documents', `${id}.zh.md`));
  const cli = (...args) => promisify(execFile)(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...args, '--folder', workspace]);
  await cli('add', ...laws);
  // A second coder's notes on the laws, so that the code matrix compares documents.
  for (const [query, tag] of CORPUS_CODING) await cli('autocode', query, '--tags', tag, '--scope', 'provision', '--author', 'Li Wei');
  if (locale) await installLanguagePack(dirs, locale);
  resources.server = await startCodeServer({ workspace, dirs, locale });
  resources.chromium = await launchChromium(VIEWPORT);
  const { page } = resources.chromium;

  await page.goto(workbenchUrl({ origin: resources.server.origin, folder: workspace, extensionDevelopmentPath: REPO_ROOT }), {
    waitUntil: 'domcontentloaded',
    timeout: 60_000,
  });
  await waitForWorkbench(page, 60_000);
  await waitForExtensionsActivated(page);
  await sleep(2000); // Let the extension host start and late notifications arrive.
  await widenSideBar(page, SIDE_BAR_WIDTH);

  const ui = uiHelpers(page);
  for (const scene of scenes) {
    await withTimeout(
      (async () => {
        await resetWorkbench(ui);
        await scene.run(ui);
        if (!scene.keepMouse) await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1); // No hover effects.
        await waitForExtensionsActivated(page); // e.g. Markdown's, for a file just opened.
        await sleep(750); // Animations (quick input fading out, editor opening) end.
        await page.screenshot({ path: join(OUTPUT_DIR, scene.file) });
      })(),
      SCENE_TIMEOUT_MS,
      `scene "${scene.name}"`,
    ).catch(async (error) => {
      // What the page showed when the scene failed, to see why.
      const failed = join(tmpdir(), `policy-annotator-${scene.name}-failed.png`);
      if (await page.screenshot({ path: failed }).then(() => true, () => false)) log(`the page when the scene failed: ${failed}`);
      throw error;
    });
    log(`saved media/screenshots/${scene.file}`);
  }
  await resources.chromium.close();
  resources.chromium = undefined;
  await resources.server.stop();
  resources.server = undefined;
}

const { values: options } = parseArgs({ options: { scene: { type: 'string', multiple: true } } });

const resources = {};
const cleanup = onShutdown(async () => {
  await resources.chromium?.close();
  await resources.server?.stop();
  if (resources.root) await rm(resources.root, { recursive: true, force: true });
});

let exitCode = 0;
try {
  const scenes = options.scene ? SCENES.filter((scene) => options.scene.includes(scene.name)) : SCENES;
  if (scenes.length === 0) throw new HostError(`no such scene: ${options.scene.join(', ')} (have: ${SCENES.map((s) => s.name).join(', ')})`);

  await buildExtension();
  await ensureCodeServer();
  resources.root = await makeTempDir('policy-annotator-screenshots-');
  await mkdir(OUTPUT_DIR, { recursive: true });
  // One code-server per display language: English first, then the scenes in another locale.
  for (const locale of [...new Set(scenes.map((scene) => scene.locale))]) {
    await runScenes(
      scenes.filter((scene) => scene.locale === locale),
      locale,
    );
  }
} catch (error) {
  reportError(error);
  exitCode = 1;
}
await cleanup();
process.exit(exitCode);
