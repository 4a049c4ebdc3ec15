// The look at the page that the Chinese-UI suite (test/integration-zh/) asks for: what VS Code
// shows of the extension's contributions (titles from package.nls.<locale>.json), which no
// extension API can read. The suite's last test logs PAGE_CHECK_REQUEST and waits for
// PAGE_CHECK_ANSWER in the workspace (the names are kept in step with the suite); the launcher
// (test/host/run-code-server.mjs --locale …) then reads the page with Playwright.

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { REPO_ROOT, log, sleep } from '../../host/code-server.mjs';

/** The Chinese-UI suite (compiled test/integration-zh/index.ts), without .js. */
export const ZH_SUITE_INDEX = join(REPO_ROOT, 'out', 'test', 'integration-zh', 'index');

export const PAGE_CHECK_REQUEST = 'zh: checking the page';
const PAGE_CHECK_ANSWER = '.policy-locale-page-check.json';

/** The strings the page should show, from the extension's own nls files. */
function expectedTitles(locale) {
  const read = (name) => JSON.parse(readFileSync(join(REPO_ROOT, name), 'utf8'));
  const [english, translated] = [read('package.nls.json'), read(`package.nls.${locale}.json`)];
  const pick = (nls) => ({
    container: nls['viewsContainers.policy.title'],
    views: [nls['views.provisions.name'], nls['views.tags.name']],
    command: `${nls.category}: ${nls['command.insertReference']}`,
  });
  return { english: pick(english), translated: pick(translated) };
}

/** What the page shows that it should not: an empty list when everything is in `locale`. */
async function pageProblems(page, locale) {
  const { english, translated } = expectedTitles(locale);
  const problems = [];
  const texts = async (selector) => (await page.locator(selector).allInnerTexts().catch(() => [])).map((text) => text.replace(/\s+/g, ' ').trim());

  const activity = await page.locator('.monaco-workbench .activitybar .action-item a').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  if (!activity.some((label) => label.startsWith(translated.container))) {
    problems.push(`the activity bar shows ${JSON.stringify(activity)}, without the view container "${translated.container}"`);
  }
  const panes = (await texts('.monaco-workbench .part.sidebar .pane-header .title')).map((title) => title.toLowerCase());
  for (const [index, view] of translated.views.entries()) {
    if (!panes.includes(view.toLowerCase())) problems.push(`the side bar's views are ${JSON.stringify(panes)}, without "${view}" (not "${english.views[index]}")`);
  }
  const rows = await texts('.monaco-workbench .part.sidebar .pane-body .monaco-list-row');
  if (!rows.some((row) => row.startsWith('一、重要意义和总体要求'))) {
    problems.push(`the Provisions view lists ${JSON.stringify(rows.slice(0, 4))}, not the parts by their Chinese titles`);
  }

  // The command palette, with the command's translated title typed.
  const input = page.locator('.quick-input-widget input.input');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(`>${translated.command}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: translated.command }).first();
  const shown = await row.waitFor({ state: 'visible', timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (!shown) {
    problems.push(`the command palette lists ${JSON.stringify((await texts('.quick-input-widget .monaco-list-row')).slice(0, 3))} for "${translated.command}"`);
  }
  await page.keyboard.press('Escape');
  return problems;
}

/**
 * Looks at the page until it shows the contributions in `locale` (at most 20 s), then writes
 * what is missing to PAGE_CHECK_ANSWER in the workspace, where the suite reads it.
 */
export async function answerLocalePageCheck(page, workspace, locale) {
  let problems = [];
  try {
    const deadline = Date.now() + 20_000;
    do {
      problems = await pageProblems(page, locale);
      if (problems.length === 0) break;
      await sleep(500);
    } while (Date.now() < deadline);
  } catch (error) {
    problems = [`could not read the page: ${error.message}`];
  }
  if (problems.length === 0) {
    const { translated } = expectedTitles(locale);
    log(`the page shows "${translated.container}", the views ${translated.views.map((view) => `"${view}"`).join(' and ')}, and "${translated.command}" in the command palette`);
  }
  await writeFile(join(workspace, PAGE_CHECK_ANSWER), `${JSON.stringify({ problems })}\n`);
}
