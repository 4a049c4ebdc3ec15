import { parse, stringify } from 'yaml';
import { SIDECAR_FORMAT, loadSidecar } from '../src/core/annotations/files/sidecarFile';
import { serialise } from '../src/core/annotations/files/yamlFile';
import { PolicyDocument } from '../src/core/model';
import { Figure, median, sampleInTurns } from './measure';
import { notesFixture } from './notesFixture';

const SIZES = [100, 1_000, 10_000];

/** How much slower than bare `yaml.parse` loading 10,000 annotations may be. */
const LOAD_RATIO_TARGET = 1.5;

/**
 * Loading and saving whole sidecars beside the bare yaml library on the same text: loading adds
 * the depth guard, locations, the schema check and the model; saving adds the fixed layout and the
 * comment header. Each pair runs in turns, so that their ratio holds on a busy machine.
 */
export async function benchSidecars(opinions: PolicyDocument): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of SIZES) {
    const fixture = notesFixture(opinions, count);
    const label = `${count.toLocaleString('en')} annotations (${(fixture.bytes.byteLength / 1024).toFixed(0)} KiB)`;
    const runs = count >= 10_000 ? 9 : 21;
    const [load, parseFloor] = (await sampleInTurns([() => loadSidecar(fixture.bytes, fixture.context), () => parse(fixture.text)], runs)).map(median);
    const plain = SIDECAR_FORMAT.toPlain(fixture.sidecar);
    const [save, stringifyFloor] = (
      await sampleInTurns([() => serialise(SIDECAR_FORMAT, fixture.sidecar), () => stringify(plain, { lineWidth: 0 })], runs)
    ).map(median);
    const target = count === 10_000 ? { target: `≤ ${LOAD_RATIO_TARGET}× yaml.parse`, met: load <= LOAD_RATIO_TARGET * parseFloor } : {};
    figures.push(
      { name: `load a sidecar, ${label}`, value: load, unit: 'ms', floor: { name: 'yaml.parse', value: parseFloor }, ...target },
      { name: `save a whole sidecar, ${label}`, value: save, unit: 'ms', floor: { name: 'yaml.stringify', value: stringifyFloor } },
    );
  }
  return figures;
}
