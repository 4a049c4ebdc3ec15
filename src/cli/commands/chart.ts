import { writeOutputFile } from '../outputFile';
import { loadChartEngines } from '../../core/analysis/chartEngines';
import { CHART_KINDS, ChartKind, chartSpec, defaultAxes } from '../../core/analysis/chartSpecs';
import { axisNamed, codeMatrix } from '../../core/analysis/codeMatrix';
import { renderSvg } from '../../core/analysis/renderChart';
import { Command } from '../command';
import { UsageError } from '../usageError';
import { MATRIX_OPTIONS, asked, codingInput, matrixRequestOf, RESTRICTION_HELP } from './analysisOptions';
import { localized } from '../../core/l10n/localized';

const OUTPUTS = ['.svg', '.png', '.vl.json'];

export const chartCommand: Command = {
  name: 'chart',
  summary: 'draws the code matrix as a chart (frequencies, matrix, timeline or network) into an SVG, PNG or Vega-Lite file',
  details:
    'frequencies: a bar per tag (summed over the columns); matrix: the matrix as a heatmap; timeline: a line per tag over the years; ' +
    'network: tags joined by the provisions they share. Takes the options of matrix (by default tags × documents, tags × year for ' +
    'timeline, tags × tags with --measure provisions for network). --output FILE ending in .svg, .png or .vl.json (the Vega-Lite ' +
    'specification, to edit or to draw elsewhere). Titles follow --lang. --json prints { output, kind, rows, columns }.',
  operands: [{ name: 'kind' }],
  options: ['output', ...MATRIX_OPTIONS],
  optionHelp: RESTRICTION_HELP,
  async run({ operands: [kind], options }, context) {
    if (!CHART_KINDS.includes(kind as ChartKind)) {
      throw new UsageError(localized('cli.oneOf', 'chart', CHART_KINDS.join(', '), kind));
    }
    const output = options.value('output');
    const extension = OUTPUTS.find((ending) => output?.toLowerCase().endsWith(ending));
    if (output === undefined || extension === undefined) {
      throw new UsageError(localized('cli.chartOutput', OUTPUTS.join(', ')));
    }
    const { input, warnings } = await codingInput(options, context);
    const axes = defaultAxes(kind as ChartKind);
    const given = matrixRequestOf(options);
    const request = {
      ...given,
      rows: options.has('rows') ? given.rows : axisNamed(axes.rows),
      columns: options.has('columns') ? given.columns : axisNamed(axes.columns),
      measure: options.has('measure') || kind !== 'network' ? given.measure : 'provisions',
    } as const;
    const matrix = asked(undefined, () => codeMatrix(input, request));
    const spec = chartSpec(kind as ChartKind, matrix);
    if (extension === '.vl.json') {
      await writeOutputFile(context.cwd, output, `${JSON.stringify(spec, null, 2)}\n`);
    } else {
      const svg = await renderSvg(spec, await loadChartEngines());
      await writeOutputFile(context.cwd, output, extension === '.svg' ? svg : await pngOf(svg));
    }
    const json = { output, kind, rows: matrix.rows.length, columns: matrix.columns.length };
    return { json, text: () => `Wrote the ${kind} chart (${matrix.rows.length} × ${matrix.columns.length}) to ${output}.`, warnings };
  },
};

/** PNG at twice the SVG's size, for print, by resvg (a native build from the registry; nothing is downloaded when it runs). */
async function pngOf(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white' }).render().asPng();
}
