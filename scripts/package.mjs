#!/usr/bin/env node
// `npm run package`: the VSIX people install, holding only what runs.
//
//   npm run package                                  # dist/policy-annotator.vsix
//   node scripts/package.mjs --out /tmp/x.vsix       # elsewhere
//
// 1. copies the repository (without node_modules, .git, dist, out, .vscode-test) to a
//    temporary staging folder, so that the production build never replaces the development
//    bundles (and their source maps) in dist/ that the tests and `npm start` use;
// 2. builds the production bundles there (scripts/build.mjs --production: minified, no maps);
// 3. runs vsce package --no-dependencies there (everything is bundled; .vscodeignore says
//    what goes in);
// 4. checks the VSIX with scripts/check-vsix.mjs (≤ 5 MiB, no sources, tests or maps, every
//    file the manifest names is there) and prints what it holds.

import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { HostError, REPO_ROOT, log, makeTempDir, reportError, runCommand, vsceCli } from '../host/code-server.mjs';
import { checkVsix, summarize } from './check-vsix.mjs';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: join(REPO_ROOT, 'dist', 'policy-annotator.vsix') },
    keep: { type: 'boolean', default: false },
  },
});

/** Never copied to the staging folder: built, downloaded or version control. */
const NOT_STAGED = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

async function stage(folder) {
  for (const name of await readdir(REPO_ROOT)) {
    if (NOT_STAGED.has(name) || name.endsWith('.vsix')) continue;
    await cp(join(REPO_ROOT, name), join(folder, name), { recursive: true, verbatimSymlinks: true });
  }
}

async function main() {
  const out = resolve(options.out);
  const vsce = vsceCli();
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));
  const folder = await makeTempDir('policy-annotator-vsix-');
  try {
    log(`staging ${manifest.name} ${manifest.version} in ${folder}`);
    await stage(folder);
    log('building the production bundles');
    await runCommand(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs'), '--production', '--outdir', join(folder, 'dist')], {
      timeoutMs: 120_000,
      label: 'scripts/build.mjs --production',
    });
    await mkdir(dirname(out), { recursive: true });
    await rm(out, { force: true });
    log(`vsce package --no-dependencies --out ${out}`);
    await runCommand(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
      cwd: folder,
      timeoutMs: 180_000,
      label: 'vsce package',
      echo: true,
    });
  } finally {
    if (options.keep) log(`kept ${folder}`);
    else await rm(folder, { recursive: true, force: true });
  }
  if (!existsSync(out)) throw new HostError(`vsce did not write ${out}`);

  const buffer = await readFile(out);
  const { problems, entries, totalBytes } = checkVsix(buffer);
  log(`${out}: ${(buffer.length / 1024).toFixed(1)} KiB (${(totalBytes / 1024).toFixed(1)} KiB unpacked), ${entries.length} entries`);
  process.stdout.write(`${summarize(entries)}\n`);
  if (problems.length > 0) {
    throw new HostError(`the VSIX holds what it must not, or misses what it needs:\n  - ${problems.join('\n  - ')}`);
  }
  log('VSIX check: ok');
}

try {
  await main();
} catch (error) {
  reportError(error);
  process.exit(1);
}
