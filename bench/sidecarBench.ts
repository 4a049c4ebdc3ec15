import { load as jsYamlLoad } from 'js-yaml';
import { parse, stringify } from 'yaml';
import { SIDECAR_FORMAT, loadSidecar } from '../src/core/annotations/files/sidecarFile';
import { serialise } from '../src/core/yaml/yamlFile';
import { PolicyDocument } from '../src/core/model';
import { Figure, median, sampleInTurns } from './measure';
import { notesFixture } from './notesFixture';

const SIZES = [100, 1_000, 10_000];

/** How much slower than the fastest YAML reader (js-yaml's load) loading 10,000 annotations may be. */
const LOAD_RATIO_TARGET = 1.5;

/**
 * Loading and saving whole sidecars beside the bare libraries on the same text: loading is timed
 * beside js-yaml's load (the fastest correct YAML reader, which the store reads with) and adds the
 * checks, the schema and the model; yaml.parse (which builds the comment-keeping document a save
 * needs) is shown beside JSON.parse of the same value, the physical floor. Saving adds the fixed
 * layout and the comment header to yaml.stringify. Each pair runs in turns, so that its ratio
 * holds on a busy machine.
 */
export async function benchSidecars(opinions: PolicyDocument): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of SIZES) {
    const fixture = notesFixture(opinions, count);
    const label = `${count.toLocaleString('en')} annotations (${(fixture.bytes.byteLength / 1024).toFixed(0)} KiB)`;
    const runs = count >= 10_000 ? 9 : 21;
    const json = JSON.stringify(parse(fixture.text));
    // Each pair in turns of its own: yaml.parse peaks at 4× the heap of a load (the peak heap rows),
    // and in one rotation the collection of its garbage fell on the work that came next.
    const [load, fastest] = (
      await sampleInTurns([() => loadSidecar(fixture.bytes, fixture.context), () => jsYamlLoad(new TextDecoder().decode(fixture.bytes))], runs)
    ).map(median);
    const [parseFloor, jsonFloor] = (await sampleInTurns([() => parse(fixture.text), () => JSON.parse(json)], runs)).map(median);
    const plain = SIDECAR_FORMAT.toPlain(fixture.sidecar);
    const [save, stringifyFloor] = (
      await sampleInTurns([() => serialise(SIDECAR_FORMAT, fixture.sidecar), () => stringify(plain, { lineWidth: 0 })], runs)
    ).map(median);
    const target = count === 10_000 ? { target: `≤ ${LOAD_RATIO_TARGET}× js-yaml load`, met: load <= LOAD_RATIO_TARGET * fastest } : {};
    figures.push(
      { name: `load a sidecar, ${label}`, value: load, unit: 'ms', floor: { name: 'js-yaml load (decode and parse)', value: fastest }, ...target },
      { name: `yaml.parse of the same sidecar, ${label}`, value: parseFloor, unit: 'ms', floor: { name: 'JSON.parse of its value', value: jsonFloor } },
      { name: `save a whole sidecar, ${label}`, value: save, unit: 'ms', floor: { name: 'yaml.stringify', value: stringifyFloor } },
    );
  }
  return figures;
}
