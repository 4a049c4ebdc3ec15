#!/usr/bin/env node
// `npm run screenshots`: pictures of the extension in a real VS Code for the README and
// the Marketplace page. The script builds the extension, then code-server serves VS Code
// 1.100.3 with the extension loaded from this repository (development path), headless Chromium shows it at 1400x900, and each scene below drives the UI like a person
// (command palette, keyboard) before its PNG is saved under media/screenshots/.
//
//   npm run screenshots                      # every scene
//   npm run screenshots -- --scene workbench # only the named scene(s)
//
// To add a scene, append to SCENES: { name, file, run(ui) }. Each scene starts with all
// editors closed and has SCENE_TIMEOUT_MS to finish. The `ui` helpers are below.

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

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
} from '../test/host/code-server.mjs';
import { ensureCodeServer } from '../test/host/install-code-server.mjs';

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
      await ui.page.locator('.activitybar .action-item a[aria-label^="Policy"]').first().click();
      await ui.waitFor('.sidebar .monaco-list-row:has-text("Importance and overall requirements")');
      await ui.command('Policy: Search Provisions…');
      await ui.page.locator('.quick-input-widget input.input').fill('伪基站');
      await ui.waitFor('.quick-input-widget .monaco-list-row:has-text("15. ")');
      await ui.press('Enter');
      await ui.waitFor('.editor-group-container .tab:has-text("(中文).policy")');
      await ui.sleep(500); // The linked highlight settles.
    },
  },
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
    await quickInput.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
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
    /** Presses keys, e.g. 'Control+Shift+E'. */
    press: (keys) => page.keyboard.press(keys),
    /** Waits until `selector` is visible. */
    waitFor: (selector) => page.locator(selector).first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS }),
    sleep,
  };
}

/** Back to a plain workbench between scenes: no editors, no notifications, no open palette. */
async function resetWorkbench(ui) {
  await ui.press('Escape');
  await ui.command('View: Close All Editors');
  await ui.command('Notifications: Clear All Notifications');
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
  const dirs = await prepareHostDirs(resources.root);
  const workspace = await copyFixtureWorkspace(join(resources.root, 'workspace'));
  resources.server = await startCodeServer({ workspace, dirs });
  resources.chromium = await launchChromium(VIEWPORT);
  const { page } = resources.chromium;

  await page.goto(workbenchUrl({ origin: resources.server.origin, folder: workspace, extensionDevelopmentPath: REPO_ROOT }), {
    waitUntil: 'domcontentloaded',
    timeout: 60_000,
  });
  await waitForWorkbench(page, 60_000);
  await waitForExtensionsActivated(page);
  await sleep(2000); // Let the extension host start and late notifications arrive.
  await mkdir(OUTPUT_DIR, { recursive: true });

  const ui = uiHelpers(page);
  for (const scene of scenes) {
    await withTimeout(
      (async () => {
        await resetWorkbench(ui);
        await scene.run(ui);
        await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1); // No hover effects.
        await waitForExtensionsActivated(page); // e.g. Markdown's, for a file just opened.
        await sleep(750); // Animations (quick input fading out, editor opening) end.
        await page.screenshot({ path: join(OUTPUT_DIR, scene.file) });
      })(),
      SCENE_TIMEOUT_MS,
      `scene "${scene.name}"`,
    );
    log(`saved media/screenshots/${scene.file}`);
  }
} catch (error) {
  reportError(error);
  exitCode = 1;
}
await cleanup();
process.exit(exitCode);
