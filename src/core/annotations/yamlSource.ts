import { Document, LineCounter, isAlias, parseDocument, visit } from 'yaml';
import { conflictMarkers } from './conflictMarkers';
import { tooDeepAt } from './yamlDepth';
import { Position, Problem, START_OF_FILE, error, warning } from './problem';

export interface Limits {
  /** Larger files are refused before they are decoded: nobody writes 5 MB of notes by hand. */
  readonly maxBytes: number;
  /** Expanded aliases allowed (the yaml library's guard against "billion laughs" files). */
  readonly maxAliasCount: number;
  /** Nesting allowed; the formats need five levels. */
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 5 * 1024 * 1024, maxAliasCount: 100, maxDepth: 64 };

/** A file that parsed as YAML: its text, its editable document and its plain value. */
export interface YamlSource {
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly value: unknown;
}

export interface YamlRead {
  /** Absent when the bytes are not a YAML document this extension can read. */
  readonly source?: YamlSource;
  readonly problems: readonly Problem[];
}

/** Decodes and parses a file, turning every way it can be unreadable into located problems; never throws. */
export function readYaml(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): YamlRead {
  if (bytes.byteLength > limits.maxBytes) {
    const size = `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`;
    return { problems: [error(`the file is ${size}; files over ${limits.maxBytes / 1024 / 1024} MB are not read`, START_OF_FILE)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [error('the file is not UTF-8 text', START_OF_FILE)] };
  }
  // A half-merged file parses into nonsense; the markers are the only useful thing to report.
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    return { problems: markers };
  }
  const depthLines = new LineCounter();
  const tooDeep = tooDeepAt(text, limits.maxDepth, depthLines);
  if (tooDeep !== undefined) {
    const message = `values are nested more than ${limits.maxDepth} levels deep; notes never are`;
    return { problems: [error(message, positionAt(depthLines, tooDeep))] };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (thrown) {
    // Nothing known gets here; the loader must not throw whatever the input.
    return { problems: [error(`the file could not be parsed: ${String(thrown)}`, START_OF_FILE)] };
  }
  const at = (offset: number): Position => positionAt(lineCounter, offset);
  const problems: Problem[] = [
    ...doc.errors.map((yamlError) => error(yamlError.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document (a second "---")' : firstLine(yamlError.message), at(yamlError.pos[0]))),
    ...doc.warnings.map((yamlWarning) => warning(firstLine(yamlWarning.message), at(yamlWarning.pos[0]))),
  ];
  if (doc.errors.length > 0) {
    return { problems };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    return { source: { text, doc, lineCounter, value }, problems };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { problems: [...problems, error(`aliases refused: ${message}`, at(firstAliasOffset(doc)))] };
  }
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
