import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { Figure, median } from './measure';
import { HEAP_CASES, HeapCase } from './heapProbe';

const COUNT = 10_000;
const RUNS = 3;
const MIB = 1024 * 1024;

interface HeapUse {
  readonly peak: number;
  readonly retained: number;
}

/** One case in a fresh Node process, so that nothing else the bench did is on its heap. */
function measure(name: HeapCase): HeapUse {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'heapProbe.js'), name, String(COUNT)], { encoding: 'utf8', timeout: 300_000 });
  if (child.status !== 0) {
    throw new Error(`the heap probe "${name}" failed: ${child.stderr.trim() || child.error?.message}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as HeapUse;
}

/** Peak and retained heap for 10,000 annotations (medians of a few processes), beside bare yaml.parse and the parsed value. */
export function benchHeap(): Figure[] {
  const runs = new Map(HEAP_CASES.map((name) => [name, Array.from({ length: RUNS }, () => measure(name))]));
  const peak = (name: HeapCase) => median((runs.get(name) ?? []).map((use) => use.peak)) / MIB;
  const retained = (name: HeapCase) => median((runs.get(name) ?? []).map((use) => use.retained)) / MIB;
  const floor = { name: 'yaml.parse peak', value: peak('yaml.parse') };
  const label = `${COUNT.toLocaleString('en')} annotations`;
  return [
    { name: `peak heap, load a sidecar of ${label}`, value: peak('load'), unit: 'MiB', floor },
    { name: `peak heap, open the store on ${label} and save 5 edits`, value: peak('store'), unit: 'MiB', floor },
    {
      name: `retained heap, the store holding ${label} (after 5 edits)`,
      value: retained('store'),
      unit: 'MiB',
      floor: { name: 'the parsed value (js-yaml)', value: retained('js-yaml') },
      target: '≤ 3× the parsed value',
      met: retained('store') <= 3 * retained('js-yaml'),
    },
  ];
}
