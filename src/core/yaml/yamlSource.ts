import { Document, LineCounter, isAlias, visit } from 'yaml';
import { expandsBeyond } from './aliasExpansion';
import { conflictMarkers } from './conflictMarkers';
import { readPlainYaml } from './fastYaml';
import { Positions, YamlSource, textSource } from './textSource';
import { Checked, parseChecked } from './yamlParse';
import { Position, Problem, START_OF_FILE, error, warning } from './problem';
import { localized } from '../l10n/localized';

export interface Limits {
  /** Larger files are refused before they are decoded: nobody writes 5 MB of notes by hand. */
  readonly maxBytes: number;
  /** Expanded aliases allowed (the yaml library's guard against "billion laughs" files). */
  readonly maxAliasCount: number;
  /** Nesting allowed; the formats need five levels. */
  readonly maxDepth: number;
  /** How many times its own size a file's value may be once its aliases are expanded (aliasExpansion.ts). */
  readonly maxExpansion: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 5 * 1024 * 1024, maxAliasCount: 100, maxDepth: 64, maxExpansion: 8 };

export interface YamlRead {
  /** Absent when the bytes are not a YAML document this extension can read. */
  readonly source?: YamlSource;
  readonly problems: readonly Problem[];
}

/** Decodes and parses a file, turning every way it can be unreadable into located problems; never throws. */
export function readYaml(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): YamlRead {
  if (bytes.byteLength > limits.maxBytes) {
    const size = `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`;
    return { problems: [error(localized('problem.tooBig', size, limits.maxBytes / 1024 / 1024), START_OF_FILE)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [error(localized('problem.notUtf8'), START_OF_FILE)] };
  }
  // A half-merged file parses into nonsense; the markers are the only useful thing to report.
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    return { problems: markers };
  }
  const plain = readPlainYaml(text, limits.maxDepth);
  // A value that expands too far goes on to the careful reader, which says where its aliases are.
  if (plain !== undefined && !expandsBeyond(text, plain, limits.maxExpansion)) {
    return { source: textSource(text, plain, limits.maxDepth), problems: [] };
  }
  const lineCounter = new LineCounter();
  let parsed: Checked;
  try {
    parsed = parseChecked(text, limits.maxDepth, lineCounter);
  } catch (thrown) {
    // Nothing known gets here; the loader must not throw whatever the input.
    return { problems: [error(localized('problem.unparsable', String(thrown)), START_OF_FILE)] };
  }
  if ('tooDeep' in parsed) {
    const message = localized('problem.tooDeep', limits.maxDepth);
    return { problems: [error(message, positionAt(lineCounter, parsed.tooDeep))] };
  }
  const doc = parsed.doc;
  const at = (offset: number): Position => positionAt(lineCounter, offset);
  const problems: Problem[] = [
    ...syntaxErrors({ doc, lineCounter }),
    ...doc.warnings.map((yamlWarning) => warning(localized('problem.yamlWarning', firstLine(yamlWarning.message)), at(yamlWarning.pos[0]))),
  ];
  if (doc.errors.length > 0) {
    return { problems };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    if (expandsBeyond(text, value, limits.maxExpansion)) {
      return { problems: [...problems, error(localized('problem.aliasExpansion', limits.maxExpansion), at(firstAliasOffset(doc)))] };
    }
    return { source: textSource(text, value, limits.maxDepth, { parsed: { doc, lineCounter } }), problems };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { problems: [...problems, error(localized('problem.aliases', message), at(firstAliasOffset(doc)))] };
  }
}

/**
 * The source of bytes whose value is already known (a cache of parsed notes kept it, keyed by a
 * hash of these bytes and of this reader), without reading them: a command that only reads notes
 * never needs a file's text, and the first save of the file decodes it then. What else a source
 * works out (its document, positions, layout) is worked out from the text on first use, as ever.
 */
export function knownSource(bytes: Uint8Array, value: unknown, limits: Limits = DEFAULT_LIMITS): YamlSource {
  let source: YamlSource | undefined;
  const decoded = (): YamlSource => (source ??= textSource(new TextDecoder('utf-8').decode(bytes), value, limits.maxDepth));
  return {
    value,
    get text() {
      return decoded().text;
    },
    get doc() {
      return decoded().doc;
    },
    get positions() {
      return decoded().positions;
    },
    layout: (listKey) => decoded().layout(listKey),
  };
}

/** The careful reader's errors in a parsed document, located. */
export function syntaxErrors({ doc, lineCounter }: Positions): Problem[] {
  return doc.errors.map((yamlError) =>
    error(yamlError.code === 'MULTIPLE_DOCS' ? localized('problem.multipleDocuments') : localized('problem.yaml', firstLine(yamlError.message)), positionAt(lineCounter, yamlError.pos[0])),
  );
}

export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, (_key, node) => {
    if (isAlias(node) && node.range) {
      offset = node.range[0];
      return visit.BREAK;
    }
    return undefined;
  });
  return offset;
}
