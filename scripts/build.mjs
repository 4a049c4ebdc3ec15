// Bundles the extension for the desktop (Node) and the web worker hosts, and the command line.
import * as esbuild from 'esbuild';
import { chmod } from 'node:fs/promises';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// --outdir <dir>: where the bundles go (default dist/); scripts/package.mjs builds into a staging folder.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag >= 0 ? process.argv[outdirFlag + 1] : 'dist';

/** @type {esbuild.BuildOptions} */
const shared = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'info',
  legalComments: 'none',
};

/**
 * The web worker has no Node: swap the Node platform module for its web twin, and fail the
 * build if anything else on that path still reaches for a Node built-in.
 * @type {esbuild.Plugin}
 */
const webPlatform = {
  name: 'web-platform',
  setup(build) {
    build.onResolve({ filter: /\/platform\/node$/ }, () => ({
      path: new URL(`../src/vscode/platform/web.ts`, import.meta.url).pathname,
    }));
    build.onResolve({ filter: /^node:|^(fs|path|os|child_process|crypto|util|events|stream)$/ }, (args) => ({
      errors: [{ text: `"${args.path}" is a Node built-in, which the web extension host does not have (imported by ${args.importer})` }],
    }));
  },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: `${outdir}/extension.js`,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: `${outdir}/web/extension.js`,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [webPlatform],
  },
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: `${outdir}/cli.js`,
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await chmod(`${outdir}/cli.js`, 0o755);
}
