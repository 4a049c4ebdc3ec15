import { chartSpec } from '../src/core/analysis/chartSpecs';
import { codeMatrix } from '../src/core/analysis/codeMatrix';
import { selectPassages } from '../src/core/analysis/codingQuery';
import { ChartEngines, renderSvg } from '../src/core/analysis/renderChart';
import { Annotation, Codebook, makeAnnotation } from '../src/core/annotations/model/annotation';
import { Library } from '../src/core/library';
import { PolicyDocument } from '../src/core/model';
import { Figure, median, sample } from './measure';

const DOCUMENTS = 1_500;
const ANNOTATIONS = 100_000;
const TAGS = 30;
const CODERS = 20;

/** The corpus: the Opinions 1,500 times over ten years and two levels, 100,000 annotations of 30 tags (a third of them children) by 20 coders. */
function corpus(opinions: PolicyDocument): { library: Library; codebook: Codebook; annotations: Annotation[] } {
  const documents = Array.from({ length: DOCUMENTS }, (_, index): PolicyDocument => ({
    ...opinions,
    id: `document-${index}`,
    date: `${2015 + (index % 10)}-01-01`,
    attributes: { level: index % 3 === 0 ? 'national' : 'local' },
  }));
  const codebook: Codebook = {
    tags: Array.from({ length: TAGS }, (_, index) => ({
      id: `tag-${index}`,
      label: { en: `Tag ${index}`, zh: `标签${index}` },
      description: '',
      color: '#336699',
      ...(index >= 20 && { parent: `tag-${index - 20}` }),
    })),
  };
  let seed = 7;
  const random = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % below;
  };
  const provisions = opinions.provisions.length;
  const annotations = Array.from({ length: ANNOTATIONS }, (_, index) =>
    makeAnnotation({
      id: `a${index}`,
      document: `document-${random(DOCUMENTS)}`,
      provision: 1 + random(provisions),
      tags: [`tag-${random(TAGS)}`, ...(random(3) === 0 ? [`tag-${random(TAGS)}`] : [])],
      author: `coder-${random(CODERS)}`,
      created: '2024-01-01T00:00:00Z',
      updated: '2024-01-01T00:00:00Z',
    }),
  );
  return { library: new Library(documents), codebook, annotations };
}

/** The floor: one pass over the annotations counting the distinct provisions of each tag and document in a Map. */
function floorCounts(annotations: readonly Annotation[]): number {
  const counts = new Map<string, Set<number>>();
  for (const annotation of annotations) {
    for (const tag of annotation.tags) {
      const key = `${tag}\u0000${annotation.document}`;
      let provisions = counts.get(key);
      if (!provisions) {
        provisions = new Set();
        counts.set(key, provisions);
      }
      provisions.add(annotation.provision);
    }
  }
  return counts.size;
}

/** Vega is an ES module with a top-level await, which the bench's CommonJS cannot require: imported natively. */
async function engines(): Promise<ChartEngines> {
  const load = new Function('name', 'return import(name)') as (name: string) => Promise<unknown>;
  const [vega, vegaLite] = await Promise.all([load('vega'), load('vega-lite')]);
  return { vega: vega as ChartEngines['vega'], vegaLite: vegaLite as ChartEngines['vegaLite'] };
}

/**
 * The findings over a large corpus: a code matrix (tags × documents, provisions coded), a coding
 * report's selection (a AND b), and a heatmap chart of tags × years drawn to SVG.
 */
export async function benchFindings(opinions: PolicyDocument): Promise<Figure[]> {
  const input = corpus(opinions);
  const label = `${ANNOTATIONS.toLocaleString('en')} annotations on ${DOCUMENTS.toLocaleString('en')} documents`;
  const floor = { name: 'one pass counting in a Map', value: median(await sample(() => floorCounts(input.annotations))) };
  const matrix = median(await sample(() => codeMatrix(input, { rows: 'tags', columns: 'documents', measure: 'provisions', language: 'en' })));
  const byYear = median(await sample(() => codeMatrix(input, { rows: 'tags', columns: 'attribute:year', measure: 'share', language: 'en' })));
  const report = median(await sample(() => selectPassages(input, '(tag-0 AND tag-1) OR tag-2 NOT tag-3')));
  const loaded = await engines();
  const chart = median(await sample(async () => renderSvg(chartSpec('matrix', codeMatrix(input, { rows: 'tags', columns: 'attribute:year', measure: 'passages', language: 'en' })), loaded), 3, 100));
  const under = (value: number, limit: number) => ({ target: `< ${limit} ms`, met: value < limit });
  return [
    { name: `code matrix tags × documents (provisions), ${label}`, value: matrix, unit: 'ms', floor, ...under(matrix, 500) },
    { name: `code matrix tags × year (share), ${label}`, value: byYear, unit: 'ms', floor, ...under(byYear, 500) },
    { name: `coding report selection (a AND b) OR c NOT d, ${label}`, value: report, unit: 'ms', floor, ...under(report, 500) },
    { name: `heatmap chart tags × year to SVG, ${label}`, value: chart, unit: 'ms', ...under(chart, 1_000) },
  ];
}
