// Typing into VS Code's own widgets (a quick pick's input), which no extension API can do: a
// suite logs KEYBOARD_REQUEST followed by JSON
//   { "type": "text", "press": ["Enter"], "report": "file.json" }
// and the launcher waits for the quick input to show, types the text into it with Playwright,
// writes the rows the quick input then lists to `report` in the workspace (when asked), and
// presses the keys. The suite waits for what the keys cause (a command's result, the report).

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const KEYBOARD_REQUEST = 'host: keyboard ';

const QUICK_INPUT = '.quick-input-widget';

/** Does what a logged line asks for; a line without the request is ignored. */
export async function answerKeyboardRequest(page, workspace, text) {
  const at = text.indexOf(KEYBOARD_REQUEST);
  if (at < 0) return;
  const { type = '', press = [], report } = JSON.parse(text.slice(at + KEYBOARD_REQUEST.length).split('\n')[0]);
  const input = page.locator(`${QUICK_INPUT} input.input`);
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  if (type) await page.keyboard.type(type, { delay: 20 });
  if (report) {
    // The list filters as it is typed: wait until it shows the text typed somewhere.
    const rows = page.locator(`${QUICK_INPUT} .monaco-list-row`);
    await rows.filter({ hasText: type }).first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    const texts = (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    await writeFile(join(workspace, report), `${JSON.stringify({ rows: texts })}\n`);
  }
  for (const key of press) await page.keyboard.press(key);
}
