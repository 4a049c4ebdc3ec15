import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { findSeedsDir, loadSeedLibrary } from '../src/cli/seeds';
import { PolicyDocument } from '../src/core/model';
import { benchActivation } from './activationBench';
import { benchAlignment } from './alignBench';
import { benchAnchoring } from './anchorBench';
import { benchCorpusScale } from './corpusScaleBench';
import { benchCorpus } from './corpusBench';
import { benchEdits } from './editBench';
import { benchFindings } from './findingsBench';
import { benchHeap } from './heapBench';
import { benchImport } from './importBench';
import { benchLibraries } from './libraryBench';
import { Figure, round } from './measure';
import { benchSearch } from './searchBench';
import { benchSidecars } from './sidecarBench';
import { benchTeamNotes } from './teamNotesBench';
import { benchTeamScale } from './teamScaleBench';
import { benchVersions } from './versionsBench';

/** A suite of the bench: it measures one area and returns its figures. */
type Suite = (opinions: PolicyDocument) => Figure[] | Promise<Figure[]>;

const REPOSITORY = path.resolve(findSeedsDir(__dirname), '..');

function bundleSizes(): Figure[] {
  return ['dist/extension.js', 'dist/features.js', 'dist/web/extension.js', 'dist/cli.js'].map((file) => ({
    name: `bundle size ${file}`,
    value: statSync(path.join(REPOSITORY, file)).size / 1024,
    unit: 'KiB',
  }));
}

/** By name: `npm run bench -- <name>…` runs only those (e.g. `npm run bench -- corpus-scale`). */
const SUITES: Readonly<Record<string, Suite>> = {
  activation: () => benchActivation(REPOSITORY),
  'bundle-sizes': bundleSizes,
  alignment: benchAlignment,
  search: benchSearch,
  sidecars: benchSidecars,
  'team-notes': benchTeamNotes,
  'team-scale': () => benchTeamScale(REPOSITORY),
  edits: benchEdits,
  anchoring: benchAnchoring,
  versions: benchVersions,
  heap: benchHeap,
  'corpus-scale': () => benchCorpusScale(REPOSITORY),
  'corpus-reading': benchCorpus,
  findings: benchFindings,
  import: benchImport,
  libraries: (opinions) => benchLibraries(opinions, REPOSITORY),
};

function chosenSuites(names: readonly string[]): Suite[] {
  const unknown = names.filter((name) => !Object.hasOwn(SUITES, name));
  if (unknown.length > 0) {
    throw new Error(`unknown bench suite ${unknown.join(', ')} (known: ${Object.keys(SUITES).join(', ')})`);
  }
  return (names.length > 0 ? names : Object.keys(SUITES)).map((name) => SUITES[name]);
}

function formatRow(figure: Figure): string {
  const value = `${round(figure.value)} ${figure.unit}`;
  const floor = figure.floor
    ? `${figure.floor.name}: ${round(figure.floor.value)} ${figure.unit} (×${round(figure.value / figure.floor.value)})`
    : '';
  const target = figure.target ? `${figure.target} ${figure.met ? 'met' : 'MISSED'}` : '';
  return `| ${figure.name} | ${value} | ${floor} | ${target} |`;
}

async function main(): Promise<void> {
  const library = await loadSeedLibrary(findSeedsDir(__dirname));
  const figures: Figure[] = [];
  const loadBefore = loadavg()[0];
  for (const suite of chosenSuites(process.argv.slice(2))) {
    figures.push(...(await suite(library.defaultDocument)));
  }
  // Other processes on the machine slow every figure down: repeat a run whose load was high.
  const load = { before: round(loadBefore), after: round(loadavg()[0]), cpus: cpus().length };
  console.log(`load average (1 min): ${load.before} before, ${load.after} after, on ${load.cpus} CPUs\n`);
  console.log('| figure | measured | floor (same run) | target |');
  console.log('|---|---|---|---|');
  figures.forEach((figure) => console.log(formatRow(figure)));
  const results = path.join(REPOSITORY, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  const file = path.join(results, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { node: process.version, platform: process.platform, arch: process.arch, load };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(REPOSITORY, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
