import { excerptOf, quoted } from './visibleText';
import { localized } from '../l10n/localized';

/**
 * The part of JSON Schema draft-07 that the notes and codebook schemas use. The schemas in
 * `schemas/` are the single source of the rules: this interpreter checks values against them,
 * and a test fails if a schema uses a keyword that is not in SUPPORTED_KEYWORDS.
 */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly uniqueItems?: boolean;
  readonly definitions?: { readonly [name: string]: JsonSchema };
  /** Used in messages: "… is not <title>". */
  readonly title?: string;
  readonly description?: string;
}

/** Keywords that constrain values; each is implemented below. */
export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref', 'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum',
  'properties', 'required', 'additionalProperties', 'items', 'uniqueItems', 'definitions',
]);

/** Keywords that only describe, for people and editors. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', '$comment']);

/** A path into a value: object keys and array indices. */
export type ValuePath = readonly (string | number)[];

export interface SchemaViolation {
  /** Where the offending value is; for a missing property, the object that misses it. */
  readonly path: ValuePath;
  readonly message: string;
}

/** Every way `value` breaks `schema` (a definition of `root`, or `root` itself); `at` is where the value is in a larger one. */
export function validate(root: JsonSchema, value: unknown, schema: JsonSchema = root, at: ValuePath = []): SchemaViolation[] {
  const walk: Walk = { root, path: [...at], out: [] };
  check(walk, schema, value);
  return walk.out;
}

/**
 * One validation: the path to the value being checked is a stack that grows and shrinks as the
 * walk goes, copied only into a violation, so that checking 10,000 valid annotations allocates
 * next to nothing.
 */
interface Walk {
  readonly root: JsonSchema;
  readonly path: (string | number)[];
  readonly out: SchemaViolation[];
}

function report(walk: Walk, message: string, segment?: string | number): void {
  const at: ValuePath = segment === undefined ? [...walk.path] : [...walk.path, segment];
  walk.out.push({ path: at, message: at.length > 0 ? `${formatPath(at)}: ${message}` : message });
}

function checkMember(walk: Walk, schema: JsonSchema, value: unknown, segment: string | number): void {
  walk.path.push(segment);
  check(walk, schema, value);
  walk.path.pop();
}

/**
 * Lists and objects found valid, per schema. The values checked are never changed once read or
 * built, so an unchanged annotation is checked once, not on every save of its file.
 */
const VALID = new WeakMap<JsonSchema, WeakSet<object>>();

function check(walk: Walk, schema: JsonSchema, value: unknown): void {
  if (schema.$ref !== undefined) {
    // Draft-07 ignores the keywords beside a $ref.
    check(walk, resolve(walk.root, schema.$ref), value);
    return;
  }
  if (typeof value !== 'object' || value === null) {
    checkValue(walk, schema, value);
    return;
  }
  let valid = VALID.get(schema);
  if (valid?.has(value)) {
    return;
  }
  const violations = walk.out.length;
  checkValue(walk, schema, value);
  if (walk.out.length === violations) {
    if (!valid) {
      valid = new WeakSet();
      VALID.set(schema, valid);
    }
    valid.add(value);
  }
}

function checkValue(walk: Walk, schema: JsonSchema, value: unknown): void {
  if (schema.type !== undefined) {
    const types: readonly string[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => hasType(value, type))) {
      // The other keywords describe a value of the right type; checking them would only add noise.
      report(walk, localized('schema.type', types.map(article).join(localized('schema.or')), describe(value)));
      return;
    }
  }
  if ('const' in schema && !sameJson(value, schema.const)) {
    report(walk, localized('schema.const', JSON.stringify(schema.const), describe(value)));
  }
  if (schema.enum && !schema.enum.some((option) => sameJson(value, option))) {
    report(walk, localized('schema.enum', schema.enum.map((option) => JSON.stringify(option)).join(', '), describe(value)));
  }
  if (typeof value === 'string') {
    checkString(walk, schema, value);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    report(walk, localized('schema.minimum', schema.minimum));
  }
  if (Array.isArray(value)) {
    checkArray(walk, schema, value);
  }
  if (isObject(value)) {
    checkObject(walk, schema, value);
  }
}

function checkArray(walk: Walk, schema: JsonSchema, value: readonly unknown[]): void {
  if (schema.items) {
    for (let index = 0; index < value.length; index++) {
      checkMember(walk, schema.items, value[index], index);
    }
  }
  if (schema.uniqueItems) {
    // By key rather than by comparing every pair: 100,000 tags in one list took minutes.
    const seen = new Set<string>();
    value.forEach((item, index) => {
      const key = jsonKey(item);
      if (seen.has(key)) {
        report(walk, localized('schema.twice', quoted(item)), index);
      }
      seen.add(key);
    });
  }
}

function checkString(walk: Walk, schema: JsonSchema, value: string): void {
  // Lengths count characters (code points), not UTF-16 units; counting them costs a pass, so only when asked.
  const length = schema.minLength !== undefined || schema.maxLength !== undefined ? codePoints(value) : 0;
  if (schema.minLength !== undefined && length < schema.minLength) {
    report(walk, schema.minLength === 1 ? localized('schema.empty') : localized('schema.minLength', schema.minLength));
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    report(walk, localized('schema.maxLength', schema.maxLength));
  }
  if (schema.pattern !== undefined && !compiled(schema.pattern).test(value)) {
    report(walk, localized('schema.pattern', quoted(value), schema.title ?? localized('schema.patternPlain', schema.pattern)));
  }
}

function codePoints(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
      }
    }
    count++;
  }
  return count;
}

/** A schema's patterns, compiled once: a file of 10,000 annotations checks about 50,000 strings. */
const PATTERNS = new Map<string, RegExp>();

function compiled(pattern: string): RegExp {
  let regex = PATTERNS.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'u');
    PATTERNS.set(pattern, regex);
  }
  return regex;
}

function checkObject(walk: Walk, schema: JsonSchema, value: Record<string, unknown>): void {
  for (const name of schema.required ?? []) {
    if (!(name in value)) {
      report(walk, localized('schema.missing', name));
    }
  }
  for (const name of Object.keys(value)) {
    const memberSchema = schema.properties?.[name];
    if (memberSchema) {
      checkMember(walk, memberSchema, value[name], name);
    } else if (schema.additionalProperties === false) {
      const known = Object.keys(schema.properties ?? {}).join(', ');
      report(walk, localized('schema.unknownProperty', excerptOf(name), known), name);
    } else if (typeof schema.additionalProperties === 'object') {
      checkMember(walk, schema.additionalProperties, value[name], name);
    }
  }
}

/** Definitions by reference, per root schema: resolved once, not per value checked. */
const RESOLVED = new WeakMap<JsonSchema, Map<string, JsonSchema>>();

function resolve(root: JsonSchema, ref: string): JsonSchema {
  let resolved = RESOLVED.get(root);
  if (!resolved) {
    resolved = new Map();
    RESOLVED.set(root, resolved);
  }
  let target = resolved.get(ref);
  if (!target) {
    const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1];
    target = name === undefined ? undefined : root.definitions?.[name];
    if (!target) {
      // A broken reference is a bug in the shipped schema, not in the user's file.
      throw new Error(`schema reference ${ref} does not name a definition`);
    }
    resolved.set(ref, target);
  }
  return target;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Types in the words of a YAML file's reader. */
function article(type: string): string {
  return type in TYPE_WORDS ? localized(TYPE_WORDS[type as keyof typeof TYPE_WORDS]) : type;
}

const TYPE_WORDS = {
  object: 'schema.type.object',
  array: 'schema.type.array',
  null: 'schema.value.empty',
  string: 'schema.type.string',
  integer: 'schema.type.integer',
  number: 'schema.type.number',
  boolean: 'schema.type.boolean',
} as const;

function describe(value: unknown): string {
  if (value === null || value === undefined) {
    return localized('schema.value.empty');
  }
  if (Array.isArray(value)) {
    return localized('schema.type.array');
  }
  if (isObject(value)) {
    return localized('schema.value.mapping');
  }
  const json = quoted(value);
  return typeof value === 'number' ? localized('schema.value.number', json) : typeof value === 'string' ? localized('schema.value.string', json) : json;
}

/** Equality of plain JSON data, as JSON Schema's const, enum and uniqueItems define it. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return a === b;
}

/** The same text for values that are equal as JSON Schema defines it (keys in any order, 1 and 1.0 alike). */
function jsonKey(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(jsonKey).join(',')}]`;
  }
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${jsonKey(value[key])}`)
      .join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** `annotations[2].span.start`, for messages. */
function formatPath(path: ValuePath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}
