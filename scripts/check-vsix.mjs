#!/usr/bin/env node
// Checks a VSIX (a zip) against what the extension may ship: only what runs, at most 5 MiB.
//
//   node scripts/check-vsix.mjs dist/policy-annotator.vsix
//
// Fails (exit code 1, one line per problem) when the VSIX
//   - is larger than 5 MiB;
//   - holds sources, tests, build output or dependencies (src/, test/, out/, bench/, scripts/, host/,
//     node_modules/, .vscode-test/), source maps, TypeScript files, screenshots or other VSIXs;
//   - misses a file its manifest names (main, browser, icon, grammars, view and walkthrough
//     media…, with the %nls% values of every package.nls*.json resolved);
//   - misses a bundle that another requires (dist/features.js, which dist/extension.js loads);
//   - has a bundle that is not a production build (a sourceMappingURL comment), or a web
//     bundle that reaches for a Node built-in.
// scripts/package.mjs runs it after every `npm run package`. The zip is read with Node alone
// (no unzip on a fresh machine).

import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

// Vega and Vega-Lite, which only draw charts and load when one is drawn, are ~0.8 MiB of it; jieba's
// WebAssembly (its dictionary inside), loaded by the segmenter's workers when words are first
// counted, ~2.7 MiB (4 MB unpacked): one module serves both hosts (see docs/corpus-reading.md).
export const MAX_VSIX_BYTES = 5 * 1024 * 1024;

/** Path prefixes (inside extension/) that must never ship. */
const FORBIDDEN_FOLDERS = ['src/', 'test/', 'out/', 'bench/', 'scripts/', 'host/', 'node_modules/', '.vscode-test/', '.git/', '.ci/', 'media/screenshots/'];
/** File endings that must never ship. */
const FORBIDDEN_ENDINGS = ['.map', '.ts', '.tsbuildinfo', '.vsix', '.log'];

/** Manifest keys whose string values (at any depth below them) are files in the extension. */
const FILE_KEYS = new Set(['main', 'browser', 'icon', 'path', 'markdown', 'image', 'svg']);

/** The web worker has none of these; `require("fs")` and the like in the web bundle would throw. */
const NODE_BUILTIN_USE = /\brequire\(\s*["'](node:[\w/]+|fs|path|os|child_process|crypto|util|events|stream|net|http|https|zlib|worker_threads)["']\s*\)|\bfrom\s*["']node:/;

/**
 * The entries of a zip: name, sizes, and a read() that inflates the data. Reads the central
 * directory from the end-of-central-directory record (no zip64: a VSIX is far below 4 GiB).
 */
export function readZip(buffer) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const read = () => {
      const start = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
      const data = buffer.subarray(start, start + compressedSize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${name}: unsupported compression method ${method}`);
    };
    entries.push({ name, size, compressedSize, read });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every file path the manifest names, with each %key% resolved in every nls file. */
function manifestFiles(manifest, nlsFiles) {
  const files = new Set();
  const visit = (value, underFileKey) => {
    if (typeof value === 'string') {
      if (!underFileKey || value.startsWith('$(')) return;
      const nls = /^%(.+)%$/.exec(value);
      const values = nls ? nlsFiles.map((strings) => strings[nls[1]]).filter((text) => typeof text === 'string') : [value];
      for (const path of values) files.add(path.replace(/^\.\//, ''));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, underFileKey);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, underFileKey || FILE_KEYS.has(key));
    }
  };
  visit({ main: manifest.main, browser: manifest.browser, icon: manifest.icon }, false);
  visit(manifest.contributes ?? {}, false);
  return [...files];
}

/**
 * The problems of the VSIX in `buffer` (an empty list when it is fine) and a summary of
 * what it holds: `{ problems, entries, totalBytes }`.
 */
export function checkVsix(buffer) {
  const problems = [];
  if (buffer.length > MAX_VSIX_BYTES) {
    problems.push(`the VSIX is ${buffer.length} bytes, more than ${MAX_VSIX_BYTES} (5 MiB)`);
  }
  const entries = readZip(buffer);
  const files = new Map(entries.filter((entry) => entry.name.startsWith('extension/')).map((entry) => [entry.name.slice('extension/'.length), entry]));

  for (const path of files.keys()) {
    const folder = FORBIDDEN_FOLDERS.find((prefix) => path.startsWith(prefix) || path.includes(`/${prefix}`));
    if (folder) problems.push(`${path}: nothing from ${folder} may ship`);
    const ending = FORBIDDEN_ENDINGS.find((suffix) => path.endsWith(suffix) && !path.endsWith('.d.ts'));
    if (ending && !folder) problems.push(`${path}: no ${ending} file may ship`);
  }

  const manifestEntry = files.get('package.json');
  if (!manifestEntry) {
    problems.push('extension/package.json is missing');
    return { problems, entries, totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0) };
  }
  const manifest = JSON.parse(manifestEntry.read().toString('utf8'));
  const nlsFiles = [...files.keys()]
    .filter((path) => /^package\.nls(\.[\w-]+)?\.json$/.test(path))
    .map((path) => JSON.parse(files.get(path).read().toString('utf8')));
  if (nlsFiles.length === 0) problems.push('no package.nls.json');
  for (const path of manifestFiles(manifest, nlsFiles)) {
    if (!files.has(path)) problems.push(`the manifest names ${path}, which is not in the VSIX`);
  }
  // vsce writes readme.md, changelog.md and LICENSE.txt.
  const required = [/^readme\.md$/i, /^changelog\.md$/i, /^license(\.txt|\.md)?$/i, /^l10n\/bundle\.l10n\.zh-cn\.json$/, /^package\.nls\.zh-cn\.json$/];
  for (const pattern of required) {
    if (![...files.keys()].some((path) => pattern.test(path))) problems.push(`no file matching ${pattern} (README, CHANGELOG, LICENSE, Chinese translations)`);
  }

  // The bundles the manifest names, and those they require on first use (dist/features.js).
  const bundles = [manifest.main, manifest.browser].filter(Boolean).map((path) => path.replace(/^\.\//, ''));
  for (const bundle of bundles) {
    const entry = files.get(bundle) ?? files.get(`${bundle}.js`);
    if (!entry) continue; // Reported above.
    const code = entry.read().toString('utf8');
    if (/\/\/# sourceMappingURL=/.test(code)) problems.push(`${bundle} is not a production build (it points to a source map)`);
    for (const [, relative] of code.matchAll(/\brequire\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
      const required = posix.join(posix.dirname(bundle), relative);
      if (!files.has(required)) problems.push(`${bundle} requires ${relative}, which is missing (${required})`);
      else if (!bundles.includes(required)) bundles.push(required);
    }
  }
  if (manifest.browser) {
    const entry = files.get(manifest.browser.replace(/^\.\//, ''));
    const match = entry && NODE_BUILTIN_USE.exec(entry.read().toString('utf8'));
    if (match) problems.push(`${manifest.browser} uses the Node built-in "${match[1] ?? 'node:'}", which the web worker host does not have`);
  }
  return { problems, entries, totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0) };
}

/** A listing grouped by top folder: `dist/  2 files  180.1 KiB`. */
export function summarize(entries) {
  const groups = new Map();
  for (const entry of entries) {
    const path = entry.name.replace(/^extension\//, '');
    const parts = path.split('/');
    const key = parts.length > 1 ? `${parts[0]}/` : path;
    const group = groups.get(key) ?? { files: 0, bytes: 0 };
    group.files += 1;
    group.bytes += entry.size;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { files, bytes }]) => `  ${key.padEnd(28)} ${String(files).padStart(3)} file${files === 1 ? ' ' : 's'} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`)
    .join('\n');
}

// Run as a script.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node scripts/check-vsix.mjs <file.vsix>\n');
    process.exit(2);
  }
  const buffer = readFileSync(file);
  const { problems, entries, totalBytes } = checkVsix(buffer);
  console.log(`${file}: ${buffer.length} bytes (${(buffer.length / 1024).toFixed(1)} KiB; ${(totalBytes / 1024).toFixed(1)} KiB unpacked), ${entries.length} entries`);
  console.log(summarize(entries));
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`vsix: ${problem}\n`);
    process.exit(1);
  }
  console.log('vsix: ok');
}
