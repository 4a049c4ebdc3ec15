import { ChartEngines } from './renderChart';

/**
 * Vega and Vega-Lite, loaded on first use (they are large, and only charts need them). The bundles
 * (scripts/build.mjs) inline them; the import is written here once so that every host shares it.
 */
export async function loadChartEngines(): Promise<ChartEngines> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  return { vega, vegaLite };
}
