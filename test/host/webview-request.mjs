// A suite running inside VS Code cannot reach into a webview's page (it runs in the browser, in
// two nested iframes). A suite logs WEBVIEW_REQUEST followed by JSON
//   { "click": "button.cell[data-row=\"0\"][data-column=\"1\"]" }
// and the launcher clicks the first element matching the selector in the active webview editor
// with Playwright, as a person would. The suite waits for what the click causes.

export const WEBVIEW_REQUEST = 'host: webview ';

/** Does what a logged line asks for; a line without the request is ignored. */
export async function answerWebviewRequest(page, text) {
  const at = text.indexOf(WEBVIEW_REQUEST);
  if (at < 0) return;
  const { click } = JSON.parse(text.slice(at + WEBVIEW_REQUEST.length).split('\n')[0]);
  const frame = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame');
  await frame.locator(click).first().click({ timeout: 20_000 });
}
