import { getOrCreate } from '../lib/getOrCreate';
import { resolvesAsNonString } from './fastYaml';
import { Plain, PlainObject } from './yamlWrite';

// The yaml library's rules for a string it writes, re-stated for the strings notes hold
// (stringifyString.js of yaml 2): control characters force double quotes (left to the library
// here); a string that plain
// style cannot hold is quoted (single quotes when it has double quotes but no single ones);
// a string that would read as a number, boolean or null is quoted.
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/m;
/** Characters a plain scalar cannot start with. */
const INDICATORS = '\t ,[]{}#&*!|>\'"%@`';
const FLOW_SAFE = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Where rendered text goes: built into a string, or compared with a file's text as it is made, so
 * that checking 10,000 items of a file allocates no text. `add` says false at the first difference.
 */
interface Sink {
  add(piece: string): boolean;
  /** The newline ending a line whose value is a one-line scalar or a flow list, where a comment may follow the value. */
  endLine(): boolean;
}

/**
 * The text the writer (writeYaml, on a new document) gives `value` as one item of a block list at
 * the top level (`  - id: …`, ending in a newline), or undefined where these rules do not vouch for
 * the yaml library's choice (rare strings, nested lists of objects, empty maps): the caller then
 * lets the library render it.
 */
export function canonicalItem(value: PlainObject): string | undefined {
  let text = '';
  const add = (piece: string): boolean => {
    text += piece;
    return true;
  };
  const built = renderItem(value, { add, endLine: () => add('\n') });
  return built ? text : undefined;
}

/**
 * The length of `text` from `at` when it is the writer's text of `value` as a list item (as
 * canonicalItem gives it), else -1: which items of a file are exactly as the writer writes them,
 * told in microseconds per item, so that a save renders only the rest.
 */
export function canonicalItemLength(text: string, at: number, value: PlainObject): number {
  return matchedLength(text, at, value, false);
}

/**
 * The length of `text` from `at` when it is the writer's text of `value` as a list item with, at
 * the end of lines holding a one-line scalar or a flow list, comments the library gives back as they
 * are (` # text`: one space before, see keptComment), else -1. A person's remark beside a value
 * (`- id: x1 # agreed`) then costs no rendering. Comments elsewhere (after `span:`, which the
 * library moves to the next line; after a block literal's `|`; before a value) do not match.
 */
export function commentedItemLength(text: string, at: number, value: PlainObject): number {
  return matchedLength(text, at, value, true);
}

/**
 * Whether the comment from `at` (its `#`) to the newline at `end` is one the library writes back
 * with the same bytes: without trailing white space (which it may drop), and without the line and
 * paragraph separators U+2028 and U+2029, after which the library's regular expressions (with the
 * `m` flag, which counts them as line ends) insert a `#`.
 */
export function keptComment(text: string, at: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (text[at] !== '#' || (end > at + 1 && (last === 0x20 || last === 0x09))) {
    return false;
  }
  for (let index = at + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2028 || code === 0x2029 || code === 0x0d) {
      return false;
    }
  }
  return true;
}

/** The length of `text` from `at` matched by the writer's text of `value`, comments at the end of value lines allowed when `comments`, else -1. */
function matchedLength(text: string, at: number, value: PlainObject, comments: boolean): number {
  const matcher = new TextMatcher(text, at, comments);
  return renderItem(value, matcher) ? matcher.position - at : -1;
}

/** A sink that compares what is rendered with a file's text from `position` on, and moves past what matched. */
class TextMatcher implements Sink {
  constructor(
    private readonly text: string,
    public position: number,
    private readonly comments: boolean,
  ) {}

  add(piece: string): boolean {
    if (!this.text.startsWith(piece, this.position)) {
      return false;
    }
    this.position += piece.length;
    return true;
  }

  endLine(): boolean {
    const { text, position } = this;
    if (text[position] === '\n') {
      this.position++;
      return true;
    }
    const end = this.comments && text.startsWith(' #', position) ? text.indexOf('\n', position) : -1;
    if (end === -1 || !keptComment(text, position + 1, end)) {
      return false;
    }
    this.position = end + 1;
    return true;
  }
}

function renderItem(value: PlainObject, out: Sink): boolean {
  return mapLines(value, '    ', out, '  - ');
}

/**
 * The text the writer gives a new file of `value` under the comment lines `header`, up to and
 * including the line of `listKey` (the last key, whose block list follows); undefined where the
 * rules above do not vouch.
 */
export function canonicalHead(header: readonly string[], value: PlainObject, listKey: string): string | undefined {
  const keys = Object.keys(value).filter((key) => value[key] !== undefined);
  if (keys[keys.length - 1] !== listKey) {
    return undefined;
  }
  let text = header.length > 0 ? `${header.map((line) => `# ${line}`).join('\n')}\n\n` : '';
  for (const key of keys.slice(0, -1)) {
    const member = value[key] as Plain;
    // Top-level block scalars and maps are left to the library (their indentation depends on more).
    const scalar = typeof member === 'object' || (typeof member === 'string' && member.includes('\n')) ? undefined : scalarText(member, '  ');
    if (scalar === undefined || !isPlainKey(key)) {
      return undefined;
    }
    text += `${key}: ${scalar}\n`;
  }
  return `${text}${listKey}:\n`;
}

/** The lines of a block map whose keys are at `indent` (the first line starting with `firstIndent`), each ending in a newline. */
function mapLines(map: PlainObject, indent: string, out: Sink, firstIndent = indent): boolean {
  const inner = `${indent}  `;
  let first = true;
  for (const key in map) {
    const member = map[key];
    if (member === undefined) {
      continue;
    }
    const prefix = keyPrefix(first ? firstIndent : indent, key);
    if (prefix === '' || !out.add(prefix)) {
      return false;
    }
    first = false;
    if (!memberText(member, inner, out)) {
      return false;
    }
  }
  return !first;
}

/** `<indent><key>:`, made once per indentation and key (a format has a dozen keys); empty for a key that is not plain. */
const keyPrefixes = new Map<string, Map<string, string>>();

function keyPrefix(indent: string, key: string): string {
  const byKey = getOrCreate(keyPrefixes, indent, () => new Map<string, string>());
  let prefix = byKey.get(key);
  if (prefix === undefined) {
    prefix = isPlainKey(key) ? `${indent}${key}:` : '';
    // Keys come from files too: only a format's few keys are kept.
    if (byKey.size < 64) {
      byKey.set(key, prefix);
    }
  }
  return prefix;
}

function isPlainKey(key: string): boolean {
  return KEY.test(key) && !resolvesAsNonString(key);
}

/** What follows `key:` for a member whose nested content is at `inner`, through the newline. */
function memberText(member: Plain, inner: string, out: Sink): boolean {
  if (typeof member !== 'object') {
    const scalar = scalarText(member, inner);
    // After a block literal's last line, the text matched is the line's end: a ` #` there would be
    // the literal's text, and so in the value and in `scalar`.
    return scalar !== undefined && out.add(' ') && out.add(scalar) && out.endLine();
  }
  if (Array.isArray(member)) {
    const list = flowList(member as readonly Plain[]);
    return list !== undefined && out.add(list) && out.endLine();
  }
  return out.add('\n') && mapLines(member as PlainObject, inner, out);
}

/** `[a, b]` (without the newline): lists of plain strings only. */
function flowList(items: readonly Plain[]): string | undefined {
  let text = ' [';
  for (const [index, item] of items.entries()) {
    if (typeof item !== 'string' || !FLOW_SAFE.test(item) || resolvesAsNonString(item)) {
      return undefined;
    }
    text += index === 0 ? item : `, ${item}`;
  }
  return `${text}]`;
}

/** A scalar value; a block literal's lines are indented by `inner`. */
function scalarText(value: string | number | boolean, inner: string): string | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  }
  if (typeof value === 'boolean') {
    return String(value);
  }
  if (hasControl(value)) {
    return undefined;
  }
  if (value.includes('\n')) {
    return DOCUMENT_MARKER.test(value) ? undefined : blockLiteral(value, inner);
  }
  if (value.startsWith('%') || value.startsWith('---') || value.startsWith('...')) {
    return undefined;
  }
  return plainIsAmbiguous(value) || resolvesAsNonString(value) ? quoted(value) : value;
}

/**
 * The library's test for a one-line string that plain style cannot hold (`NOT_PLAIN` in
 * stringifyString), as a few scans instead of one regular expression that tries each alternative at
 * every character, which made checking 10,000 annotations cost ten times more.
 */
function plainIsAmbiguous(value: string): boolean {
  if (value === '') {
    return false;
  }
  const first = value[0];
  const last = value[value.length - 1];
  return (
    INDICATORS.includes(first) ||
    ((first === '-' || first === '?') && (value.length === 1 || value[1] === ' ' || value[1] === '\t')) ||
    last === ' ' ||
    last === '\t' ||
    last === ':' ||
    value.includes(': ') ||
    value.includes(':\t') ||
    value.includes(' #') ||
    value.includes('\t#')
  );
}

/** A one-line string in quotes: single when it holds double quotes and no single ones, else double. */
function quoted(value: string): string {
  if (value.includes('"') && !value.includes("'")) {
    return `'${value}'`;
  }
  // Without control characters, lone surrogates or newlines, the library's double quotes are JSON's.
  return JSON.stringify(value);
}

/** `|-` or `|` (clip) and the lines; "keep" chomping and leading whitespace are left to the library. */
function blockLiteral(value: string, inner: string): string | undefined {
  if (/\n[\t ]+$/.test(value) || value[0] === ' ' || value[0] === '\n') {
    return undefined;
  }
  let endStart = value.length;
  while (endStart > 0 && (value[endStart - 1] === '\n' || value[endStart - 1] === '\t' || value[endStart - 1] === ' ')) {
    endStart--;
  }
  let end = value.slice(endStart);
  const newline = end.indexOf('\n');
  if (newline !== -1 && (endStart === 0 || newline !== end.length - 1)) {
    return undefined;
  }
  if (newline !== -1) {
    end = end.slice(0, -1);
  }
  const body = value.slice(0, endStart).replace(/\n+/g, (newlines) => `${newlines}${inner}`);
  return `|${newline === -1 ? '-' : ''}\n${inner}${body}${end}`;
}

/** Control characters and surrogates (paired ones too, which only costs an emoji's item a rendering): the library double-quotes them. */
function hasControl(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) {
      return true;
    }
  }
  return false;
}
