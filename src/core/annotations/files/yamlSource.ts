import { CST, Composer, Document, LineCounter, Parser, YAMLParseError, isAlias, isNode, visit } from 'yaml';
import { expandsBeyond } from './aliasExpansion';
import { conflictMarkers } from './conflictMarkers';
import { readPlainYaml } from './fastYaml';
import { PlainObject, writeYaml } from './yamlWrite';
import { tooDeepAt } from './yamlDepth';
import { Position, Problem, START_OF_FILE, error, warning } from '../model/problem';
import { localized } from '../../l10n/localized';

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

/** A file that parsed as YAML, or that a save just wrote: its text, its editable document and its plain value. */
export interface YamlSource {
  readonly text: string;
  /** The document the next save edits: as parsed, or as the last save left it (its ranges are then out of date). */
  readonly doc: Document;
  readonly value: unknown;
  /** Where the values are in `text`, for locating problems. */
  readonly positions: Positions;
  /** Whether the text has comments besides the header above its first line of content. */
  readonly comments: boolean;
}

export interface Positions {
  readonly doc: Document;
  readonly lineCounter: LineCounter;
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
    return { source: parsedOnDemand(text, plain, limits), problems: [] };
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
    ...doc.errors.map((yamlError) => error(yamlError.code === 'MULTIPLE_DOCS' ? localized('problem.multipleDocuments') : localized('problem.yaml', firstLine(yamlError.message)), at(yamlError.pos[0]))),
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
    return { source: { text, doc, value, positions: { doc, lineCounter }, comments: hasComments(doc) }, problems };
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return { problems: [...problems, error(localized('problem.aliases', message), at(firstAliasOffset(doc)))] };
  }
}

/**
 * A file the fast reader read cleanly: its value now; the yaml document a save edits only when a
 * save comes, and where each value is written only when a problem is located. Opening a corpus of
 * notes reads each file once, with the fast reader.
 *
 * The document for a save is the one the writer makes from the value when that gives back the
 * file byte for byte (a file this extension wrote, with no comments but its header): rendering
 * costs about half of parsing. Otherwise (comments, a layout of the user's) the file is parsed by
 * the yaml library, which keeps both.
 */
function parsedOnDemand(text: string, value: unknown, limits: Limits): YamlSource {
  let positions: Positions | undefined;
  let written: Document | undefined;
  let comments: boolean | undefined;
  const parse = (): Positions => {
    if (!positions) {
      const lineCounter = new LineCounter();
      const parsed = parseChecked(text, limits.maxDepth, lineCounter);
      // The fast reader accepted the file, so the careful one does too; a document of the value if not.
      positions = { doc: 'doc' in parsed ? parsed.doc : new Document(value), lineCounter };
    }
    return positions;
  };
  const forWriting = (): Document => {
    if (!written) {
      const rendered = renderedAsWritten(text, value);
      comments ??= rendered ? false : undefined;
      written = rendered ?? parse().doc;
    }
    return written;
  };
  return {
    text,
    value,
    get doc() {
      return forWriting();
    },
    get positions() {
      return parse();
    },
    get comments() {
      comments ??= forWriting() !== parse().doc ? false : hasComments(parse().doc);
      return comments;
    },
  };
}

/** The writer's document of `value`, when its text is `text` exactly; the header is the file's leading comment lines. */
function renderedAsWritten(text: string, value: unknown): Document | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || text.includes('\r')) {
    return undefined;
  }
  const header: string[] = [];
  for (const line of text.split('\n', 64)) {
    if (!line.startsWith('# ')) {
      break;
    }
    header.push(line.slice(2));
  }
  const rendered = writeYaml(value as PlainObject, undefined, header);
  return rendered.text === text ? rendered.doc : undefined;
}

type Checked = { readonly doc: Document.Parsed } | { readonly tooDeep: number };

/**
 * What the yaml library's parseDocument does, with one pass of its parser instead of two: each
 * top-level token is checked for depth (see tooDeepAt) before the composer sees it, and composing
 * stops at the first that is too deep. Like parseDocument, a second document is an error.
 */
function parseChecked(text: string, maxDepth: number, lineCounter: LineCounter): Checked {
  let tooDeep: number | undefined;
  function* checked(tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      tooDeep = tooDeepAt(token, maxDepth);
      if (tooDeep !== undefined) {
        return;
      }
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  const composer = new Composer({ uniqueKeys: true });
  for (const next of composer.compose(checked(new Parser(lineCounter.addNewLine).parse(text)), true, text.length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (tooDeep !== undefined) {
    return { tooDeep };
  }
  if (!doc) {
    // compose(…, forceDoc = true) always ends with a document; this only satisfies the types.
    throw new Error('the yaml library composed no document');
  }
  return { doc };
}

function hasComments(doc: Document): boolean {
  let found = Boolean(doc.comment);
  visit(doc, (_key, node) => {
    if (isNode(node) && (node.commentBefore || node.comment)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
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
