// Bundles the extension for the desktop (Node) and the web worker hosts, and the command line.
import * as esbuild from 'esbuild';
import { chmod, copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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
  // The unit tests deep-freeze what the core's caches keep (src/core/lib/frozenInTests.ts); the product never does.
  define: { FREEZE_CACHED_VALUES: 'false' },
};

/**
 * The web worker has no Node: its entry point (src/extension.web.ts) passes the web platform, and
 * the build fails if anything on that path still reaches for a Node built-in.
 * @type {esbuild.Plugin}
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:|^(fs|path|os|child_process|crypto|util|events|stream)$/ }, (args) => ({
      errors: [{ text: `"${args.path}" is a Node built-in, which the web extension host does not have (imported by ${args.importer})` }],
    }));
  },
};

/**
 * `import * as vscode from 'vscode'` compiles, in each of the ~70 modules that has it, to a copy
 * of every property of the VS Code API (several hundred getters each), all at load. Resolve
 * `vscode` to one module whose exports object has the API as its prototype and no own
 * properties: esbuild's namespace objects take that prototype, so each copy is empty and every
 * `vscode.x` is an ordinary prototype lookup.
 * @type {esbuild.Plugin}
 */
const vscodeApi = {
  name: 'vscode-api',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({
      contents: 'module.exports = Object.create(require("vscode"));',
      loader: 'js',
    }));
  },
};

/**
 * yaml's "node" export is CommonJS: bundled, its ~70 modules are wrapped and all run when the
 * extension loads (~10 ms). Its ES module build (the one the web bundle already uses; the same
 * code, and Node has atob/btoa for the binary tag) is scope-hoisted and tree-shaken instead.
 * @type {esbuild.Plugin}
 */
const yamlModules = {
  name: 'yaml-modules',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({
      path: new URL(`../node_modules/yaml/browser/index.js`, import.meta.url).pathname,
    }));
  },
};

/**
 * vega-canvas's Node build awaits an optional `canvas` package at the top level, which a CommonJS
 * bundle cannot hold. The charts draw SVG, which needs no canvas: its browser build (which
 * returns no canvas outside a page) is used everywhere.
 * @type {esbuild.Plugin}
 */
const vegaWithoutCanvas = {
  name: 'vega-without-canvas',
  setup(build) {
    build.onResolve({ filter: /^vega-canvas$/ }, () => ({
      path: new URL(`../node_modules/vega-canvas/build/vega-canvas.browser.js`, import.meta.url).pathname,
    }));
  },
};

/**
 * Vega and Vega-Lite are ten times the rest of the code and only charts need them: the desktop
 * features and the command line load them from bundles of their own (dist/vega.js,
 * dist/vega-lite.js) when a chart is first drawn (src/core/analysis/chartEngines.ts), so that
 * every other command and view loads no byte of them. The web worker host has no charts: there
 * the import fails with an error named NoChartEngines (isNoChartEngines in chartEngines.ts), and
 * the matrix opens without its heatmap.
 * @param {'node' | 'web'} host
 * @returns {esbuild.Plugin}
 */
function chartEnginesApart(host) {
  return {
    name: 'chart-engines-apart',
    setup(build) {
      build.onResolve({ filter: /^vega(-lite)?$/ }, (args) =>
        /chartEngines\.ts$/.test(args.importer) ? { path: args.path, namespace: host === 'node' ? 'chart-engine' : 'no-charts' } : undefined,
      );
      // required at run time, so that the bundle's import() gets every export (a native import()
      // of a CommonJS bundle sees only its default).
      build.onResolve({ filter: /^\.\/vega(-lite)?\.js$/, namespace: 'chart-engine' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'chart-engine' }, (args) => ({ contents: `module.exports = require('./${args.path}.js');`, loader: 'js' }));
      build.onLoad({ filter: /.*/, namespace: 'no-charts' }, () => ({
        contents: "const error = new Error('Charts are drawn by the desktop extension and the command line, not in the browser.'); error.name = 'NoChartEngines'; throw error;",
        loader: 'js',
      }));
    },
  };
}

/**
 * jieba-wasm's web build takes the WebAssembly's bytes instead of reading a file, so one module
 * (dist/jieba.wasm) serves the desktop's worker thread and the browser's Web Worker. The package's
 * `exports` do not list the file by path: it is resolved here.
 * @type {esbuild.Plugin}
 */
const jiebaWeb = {
  name: 'jieba-web',
  setup(build) {
    build.onResolve({ filter: /^jieba-wasm\/pkg\/web\/jieba_rs_wasm\.js$/ }, () => ({
      path: new URL('../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js', import.meta.url).pathname,
    }));
  },
};

/**
 * The segmenter's workers, apart from every other bundle: jieba cuts there, never on the extension
 * host's thread, and the extension loads none of it until words are counted.
 * @type {esbuild.BuildOptions[]}
 */
const segmenterBuilds = [
  { ...shared, entryPoints: ['src/platform/nodeSegmenterWorker.ts'], outfile: `${outdir}/segmenter.js`, platform: 'node', format: 'cjs', plugins: [jiebaWeb] },
  { ...shared, entryPoints: ['src/platform/webSegmenterWorker.ts'], outfile: `${outdir}/web/segmenter.js`, platform: 'browser', format: 'iife', plugins: [noNodeBuiltins, jiebaWeb] },
];

/** @type {esbuild.BuildOptions[]} */
const chartEngineBuilds = ['vega', 'vega-lite'].map((name) => ({
  ...shared,
  stdin: { contents: `module.exports = require('${name}');`, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
  outfile: `${outdir}/${name}.js`,
  platform: 'node',
  format: 'cjs',
  plugins: [vegaWithoutCanvas],
}));

/** @type {esbuild.BuildOptions[]} */
const builds = [
  ...chartEngineBuilds,
  ...segmenterBuilds,
  // The desktop host: dist/extension.js only registers (src/vscode/startup) and requires
  // dist/features.js, everything else, on first use; the two share no module.
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: `${outdir}/extension.js`,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', './features.js'],
    plugins: [vscodeApi],
  },
  {
    ...shared,
    entryPoints: ['src/features.ts'],
    outfile: `${outdir}/features.js`,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [vscodeApi, yamlModules, chartEnginesApart('node')],
  },
  {
    ...shared,
    entryPoints: ['src/extension.web.ts'],
    outfile: `${outdir}/web/extension.js`,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [vscodeApi, noNodeBuiltins, chartEnginesApart('web')],
  },
  // The code matrix's webview page: a script of its own, served from the extension (no CDN).
  {
    ...shared,
    entryPoints: ['src/webview/codeMatrix.ts'],
    outfile: `${outdir}/webview/codeMatrix.js`,
    platform: 'browser',
    format: 'iife',
  },
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: `${outdir}/cli.js`,
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    // A native module, resolved from node_modules when a PNG is asked for.
    external: ['@resvg/resvg-js'],
    plugins: [chartEnginesApart('node')],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  await chmod(`${outdir}/cli.js`, 0o755);
}
// jieba-wasm's Node build reads its WebAssembly from the folder of the script that holds it: the
// bundles dist/cli.js and dist/features.js.
await mkdir(outdir, { recursive: true });
await copyFile(new URL('../node_modules/jieba-wasm/pkg/nodejs/jieba_rs_wasm_bg.wasm', import.meta.url), `${outdir}/jieba_rs_wasm_bg.wasm`);
// The extension's segmenter workers (both hosts) get the web build's module as bytes (src/platform/jiebaWeb.ts).
await copyFile(new URL('../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm', import.meta.url), `${outdir}/jieba.wasm`);
