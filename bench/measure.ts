/** One figure the bench reports, with the floor it is compared against when there is one. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms' | 'MiB' | 'KiB' | 'x';
  /** The same work done by the bare library (yaml.parse, a substring scan…), measured in the same run. */
  readonly floor?: { readonly name: string; readonly value: number };
  /** The README's target, e.g. "< 20 ms" or "≤ 1.5× floor". */
  readonly target?: string;
  readonly met?: boolean;
}

/**
 * Runs `work` once to warm up, then until both `minimumRuns` and `minimumMs` are reached;
 * returns each run's milliseconds. Synchronous work is awaited too: a microtask is noise here.
 */
export async function sample(work: () => unknown, minimumRuns = 5, minimumMs = 200): Promise<number[]> {
  await work();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minimumRuns || performance.now() - started < minimumMs) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

export function percentile(times: readonly number[], fraction: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

export function median(times: readonly number[]): number {
  return percentile(times, 0.5);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Runs each work in turn (a, b, a, b…), once to warm up and then `runs` times, and returns each
 * work's milliseconds. Taking turns gives both the same share of the load that other processes put
 * on the machine, so that the ratio of their medians holds even when the machine is busy.
 */
export async function sampleInTurns(works: readonly (() => unknown)[], runs: number): Promise<number[][]> {
  for (const work of works) {
    await work();
  }
  const times = works.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, work] of works.entries()) {
      const start = performance.now();
      await work();
      times[index].push(performance.now() - start);
    }
  }
  return times;
}
