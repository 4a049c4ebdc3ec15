import { ChartEngines } from './renderChart';

/**
 * Vega and Vega-Lite, loaded on first use (they are large, and only charts need them). The bundles
 * (scripts/build.mjs) inline them; the import is written here once so that every host shares it.
 */
export async function loadChartEngines(): Promise<ChartEngines> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  return { vega, vegaLite };
}

/**
 * Whether `error` says this host has no chart engines at all (the web worker's bundle has none,
 * see scripts/build.mjs, which names the error so): a reason to leave a chart out, where any other
 * error is a fault to show.
 */
export function isNoChartEngines(error: unknown): boolean {
  return error instanceof Error && error.name === 'NoChartEngines';
}
