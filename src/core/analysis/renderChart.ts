import type { Runtime, Spec, View, ViewOptions } from 'vega';
import { ChartSpec } from './chartSpecs';

/**
 * What drawing a chart needs of Vega and Vega-Lite. They are ES modules with a top-level await,
 * which CommonJS cannot require: each host loads them its own way (the bundles with import(),
 * see loadChartEngines) and passes them in.
 */
export interface ChartEngines {
  readonly vega: { readonly View: new (runtime: Runtime, options?: ViewOptions) => View; parse(spec: Spec): Runtime };
  readonly vegaLite: { compile(spec: ChartSpec): { spec: Spec } };
}

/**
 * A chart as SVG text, drawn by Vega without a browser or a canvas (text is measured by estimate):
 * the same picture the webview shows, for a paper. Vega escapes the labels it writes.
 */
export async function renderSvg(spec: ChartSpec, engines: ChartEngines): Promise<string> {
  const view = new engines.vega.View(engines.vega.parse(engines.vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
