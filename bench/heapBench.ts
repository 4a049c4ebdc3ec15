import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PolicyDocument } from '../src/core/model';
import { Figure, median } from './measure';
import { HEAP_CASES, HeapCase, TEAM_HEAP_CASES, TeamHeapCase } from './heapProbe';
import { TEAM_LABEL, teamDocuments, writeTeamWorkspace } from './teamWorkspace';

const COUNT = 10_000;
const RUNS = 3;
const MIB = 1024 * 1024;

interface HeapUse {
  readonly peak: number;
  readonly retained: number;
}

/** One case in a fresh Node process, so that nothing else the bench did is on its heap. */
function measure(name: HeapCase | TeamHeapCase, teamFolder?: string): HeapUse {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'heapProbe.js'), name, String(COUNT), ...(teamFolder ? [teamFolder] : [])], { encoding: 'utf8', timeout: 300_000 });
  if (child.status !== 0) {
    throw new Error(`the heap probe "${name}" failed: ${child.stderr.trim() || child.error?.message}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as HeapUse;
}

/** The medians of RUNS processes per case. */
function medians<Case extends string>(cases: readonly Case[], measureCase: (name: Case) => HeapUse): (name: Case) => HeapUse {
  const runs = new Map(cases.map((name) => [name, Array.from({ length: RUNS }, () => measureCase(name))]));
  return (name) => {
    const uses = runs.get(name) ?? [];
    return { peak: median(uses.map((use) => use.peak)) / MIB, retained: median(uses.map((use) => use.retained)) / MIB };
  };
}

/** What the store retains for the team's 100,000 annotations, beside js-yaml's values of the same files. */
function teamHeap(opinions: PolicyDocument): Figure[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'policy-annotator-team-heap-'));
  try {
    writeTeamWorkspace(teamDocuments(opinions), folder);
    const use = medians(TEAM_HEAP_CASES, (name) => measure(name, folder));
    return [
      {
        name: `retained heap, ${TEAM_LABEL}: the store with the shown document read`,
        value: use('team: store, shown document').retained,
        unit: 'MiB',
        floor: { name: "js-yaml's values of its files", value: use('team: values, shown document').retained },
      },
      {
        name: `retained heap, ${TEAM_LABEL}: the store with every document read`,
        value: use('team: store, every document').retained,
        unit: 'MiB',
        floor: { name: "js-yaml's values of the files", value: use('team: values, every document').retained },
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Peak and retained heap for 10,000 annotations (medians of a few processes), beside bare
 * yaml.parse and the parsed value; then the team workspace's retained heap.
 */
export function benchHeap(opinions: PolicyDocument): Figure[] {
  const use = medians(HEAP_CASES, (name) => measure(name));
  const floor = { name: 'yaml.parse peak', value: use('yaml.parse').peak };
  const label = `${COUNT.toLocaleString('en')} annotations`;
  return [
    { name: `peak heap, load a sidecar of ${label}`, value: use('load').peak, unit: 'MiB', floor },
    { name: `peak heap, open the store on ${label} and save 5 edits`, value: use('store').peak, unit: 'MiB', floor },
    {
      name: `retained heap, the store holding ${label} (after 5 edits)`,
      value: use('store').retained,
      unit: 'MiB',
      floor: { name: 'the parsed value (js-yaml)', value: use('js-yaml').retained },
      target: '≤ 3× the parsed value',
      met: use('store').retained <= 3 * use('js-yaml').retained,
    },
    ...teamHeap(opinions),
  ];
}
