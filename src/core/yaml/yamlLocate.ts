import { isMap, isNode, isScalar, isSeq } from 'yaml';
import { ValuePath } from './jsonSchema';
import { Position, START_OF_FILE } from './problem';
import { YamlSource } from './textSource';
import { positionAt } from './yamlSource';

/** Where the value at a path is written, for problems; see locate. */
export type Locator = (path: ValuePath) => Position;

/**
 * Where the value at `path` is written: a map member is located at its key (that is the line a
 * person looks for), a sequence item at its first character. A path that leaves the document
 * is located at the deepest node it reached, e.g. the map that misses a required key.
 */
export function locate(source: YamlSource, path: ValuePath): Position {
  const { doc, lineCounter } = source.positions;
  let node: unknown = doc.contents;
  let offset = isNode(node) && node.range ? node.range[0] : undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) {
        break;
      }
      offset = isNode(pair.key) && pair.key.range ? pair.key.range[0] : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      offset = isNode(node) && node.range ? node.range[0] : offset;
    } else {
      break;
    }
  }
  return offset === undefined ? START_OF_FILE : positionAt(lineCounter, offset);
}

/** The locator of a file as read. */
export function locatorOf(source: YamlSource): Locator {
  return (path) => locate(source, path);
}
