#!/usr/bin/env node
// Renders scripts/icon.svg to media/icon.png (128×128), the extension's icon in the
// Marketplace and the Extensions view, with Debian's Chromium through playwright-core.
//
//   node scripts/icon.mjs     # after editing scripts/icon.svg; commit both files

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { REPO_ROOT, launchChromium, reportError } from '../host/code-server.mjs';

const SIZE = 128;

try {
  const svg = await readFile(join(REPO_ROOT, 'scripts', 'icon.svg'), 'utf8');
  const { page, close } = await launchChromium({ width: SIZE, height: SIZE });
  try {
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    await writeFile(join(REPO_ROOT, 'media', 'icon.png'), png);
  } finally {
    await close();
  }
  console.log(`media/icon.png: ${SIZE}×${SIZE}`);
} catch (error) {
  reportError(error);
  process.exit(1);
}
