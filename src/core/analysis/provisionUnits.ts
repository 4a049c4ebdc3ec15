import { Annotation } from '../annotations/model/annotation';

/**
 * The annotations numbered by where they are, so that counting what is distinct needs no sets:
 * `document[i]` is the index of annotation i's document among `documents`, `provision[i]` a
 * number for its provision, provisions of one document numbered one after another (documents in
 * the order given), and `order` the annotation indexes sorted by provision (stable). Walking
 * `order`, the annotations of a provision come together, and those of a document too.
 */
export interface ProvisionUnits {
  readonly document: Int32Array;
  readonly provision: Int32Array;
  readonly order: Int32Array;
}

/** Every annotation's document must be among `documentIndex`'s keys. Linear: a counting sort. */
export function provisionUnits(annotations: readonly Annotation[], documentIndex: ReadonlyMap<string, number>): ProvisionUnits {
  const count = annotations.length;
  const document = new Int32Array(count);
  const local = new Int32Array(count);
  const provisionsOf: Map<number, number>[] = Array.from({ length: documentIndex.size }, () => new Map());
  for (let index = 0; index < count; index++) {
    const annotation = annotations[index];
    const at = documentIndex.get(annotation.document) ?? 0;
    const numbers = provisionsOf[at];
    let number = numbers.get(annotation.provision);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(annotation.provision, number);
    }
    document[index] = at;
    local[index] = number;
  }
  const base = new Int32Array(provisionsOf.length + 1);
  provisionsOf.forEach((numbers, at) => (base[at + 1] = base[at] + numbers.size));
  const provision = new Int32Array(count);
  const starts = new Int32Array(base[provisionsOf.length] + 1);
  for (let index = 0; index < count; index++) {
    provision[index] = base[document[index]] + local[index];
    starts[provision[index] + 1]++;
  }
  for (let unit = 1; unit < starts.length; unit++) {
    starts[unit] += starts[unit - 1];
  }
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    order[starts[provision[index]]++] = index;
  }
  return { document, provision, order };
}
