import { getOrCreate } from '../lib/getOrCreate';
import { excerptOf, quoted } from '../lib/visibleText';
import { localized } from '../l10n/localized';

/**
 * The part of JSON Schema draft-07 that the notes and codebook schemas use. The schemas in
 * `schemas/` are the single source of the rules: values are checked by checkers made from them, and
 * a test fails if a schema uses a keyword that is not in SUPPORTED_KEYWORDS.
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
  const walk: Walk = { path: [...at], out: [] };
  checkerOf(root, schema)(walk, value);
  return walk.out;
}

/**
 * One validation: the path to the value being checked is a stack that grows and shrinks as the
 * walk goes, copied only into a violation, so that checking 10,000 valid annotations allocates
 * next to nothing.
 */
interface Walk {
  readonly path: (string | number)[];
  readonly out: SchemaViolation[];
}

function report(walk: Walk, message: string, segment?: string | number): void {
  const at: ValuePath = segment === undefined ? [...walk.path] : [...walk.path, segment];
  walk.out.push({ path: at, message: at.length > 0 ? `${formatPath(at)}: ${message}` : message });
}

/** Checks one value against one schema, reporting into the walk. */
type Checker = (walk: Walk, value: unknown) => void;

/**
 * The checker of each schema, per root schema (which its references resolve in), made once: a
 * file of 10,000 annotations checks about 200,000 values, and reading the keywords of a schema
 * object for each of them cost more than the checks.
 */
const CHECKERS = new WeakMap<JsonSchema, Map<JsonSchema, Checker>>();

function checkerOf(root: JsonSchema, schema: JsonSchema): Checker {
  return getOrCreate(getOrCreate(CHECKERS, root, () => new Map<JsonSchema, Checker>()), schema, () => makeChecker(root, schema));
}

function member(checker: Checker, walk: Walk, value: unknown, segment: string | number): void {
  walk.path.push(segment);
  checker(walk, value);
  walk.path.pop();
}

function makeChecker(root: JsonSchema, schema: JsonSchema): Checker {
  if (schema.$ref !== undefined) {
    // Draft-07 ignores the keywords beside a $ref. The target is made on first use, as a
    // definition may refer to itself.
    const ref = schema.$ref;
    let target: Checker | undefined;
    return (walk, value) => (target ??= checkerOf(root, resolve(root, ref)))(walk, value);
  }
  const checks = {
    any: anyChecks(schema),
    string: stringChecks(schema),
    number: numberChecks(schema),
    array: arrayChecks(root, schema),
    object: objectChecks(root, schema),
  };
  const types: readonly string[] | undefined = typeof schema.type === 'string' ? [schema.type] : schema.type;
  return (walk, value) => {
    if (types !== undefined && !types.some((type) => hasType(value, type))) {
      // The other keywords describe a value of the right type; checking them would only add noise.
      report(walk, localized('schema.type', types.map(article).join(localized('schema.or')), describe(value)));
      return;
    }
    run(checks.any, walk, value);
    if (typeof value === 'string') {
      run(checks.string, walk, value);
    } else if (typeof value === 'number') {
      run(checks.number, walk, value);
    } else if (Array.isArray(value)) {
      run(checks.array, walk, value);
    } else if (isObject(value)) {
      run(checks.object, walk, value);
    }
  };
}

function run<T>(checks: Checks<T>, walk: Walk, value: T): void {
  for (const check of checks) {
    check(walk, value);
  }
}

/** The keywords of a schema that apply to values of a kind, each made into a check, in the order they report. */
type Checks<T> = readonly ((walk: Walk, value: T) => void)[];

function anyChecks(schema: JsonSchema): Checks<unknown> {
  const checks: ((walk: Walk, value: unknown) => void)[] = [];
  if ('const' in schema) {
    const expected = schema.const;
    checks.push((walk, value) => {
      if (!sameJson(value, expected)) {
        report(walk, localized('schema.const', JSON.stringify(expected), describe(value)));
      }
    });
  }
  const options = schema.enum;
  if (options) {
    checks.push((walk, value) => {
      if (!options.some((option) => sameJson(value, option))) {
        report(walk, localized('schema.enum', options.map((option) => JSON.stringify(option)).join(', '), describe(value)));
      }
    });
  }
  return checks;
}

function stringChecks(schema: JsonSchema): Checks<string> {
  const checks: ((walk: Walk, value: string) => void)[] = [];
  const { minLength, maxLength, pattern } = schema;
  // Messages are made when a value breaks a rule, in the language of that moment.
  if (minLength !== undefined) {
    checks.push((walk, value) => {
      if (shorterThan(value, minLength)) {
        report(walk, minLength === 1 ? localized('schema.empty') : localized('schema.minLength', minLength));
      }
    });
  }
  if (maxLength !== undefined) {
    checks.push((walk, value) => {
      if (longerThan(value, maxLength)) {
        report(walk, localized('schema.maxLength', maxLength));
      }
    });
  }
  if (pattern !== undefined) {
    const regex = new RegExp(pattern, 'u');
    checks.push((walk, value) => {
      if (!regex.test(value)) {
        report(walk, localized('schema.pattern', quoted(value), schema.title ?? localized('schema.patternPlain', pattern)));
      }
    });
  }
  return checks;
}

function numberChecks(schema: JsonSchema): Checks<number> {
  const minimum = schema.minimum;
  if (minimum === undefined) {
    return [];
  }
  return [
    (walk, value) => {
      if (value < minimum) {
        report(walk, localized('schema.minimum', minimum));
      }
    },
  ];
}

function arrayChecks(root: JsonSchema, schema: JsonSchema): Checks<readonly unknown[]> {
  const checks: ((walk: Walk, value: readonly unknown[]) => void)[] = [];
  if (schema.items) {
    const item = checkerOf(root, schema.items);
    checks.push((walk, value) => {
      for (let index = 0; index < value.length; index++) {
        member(item, walk, value[index], index);
      }
    });
  }
  if (schema.uniqueItems) {
    checks.push((walk, value) => {
      // By key rather than by comparing every pair: 100,000 tags in one list took minutes.
      const seen = new Set<string>();
      value.forEach((item, index) => {
        const key = jsonKey(item);
        if (seen.has(key)) {
          report(walk, localized('schema.twice', quoted(item)), index);
        }
        seen.add(key);
      });
    });
  }
  return checks;
}

function objectChecks(root: JsonSchema, schema: JsonSchema): Checks<Record<string, unknown>> {
  const required = schema.required ?? [];
  // A Map, not the schema's object: a key such as "constructor" must not find Object's.
  const properties = new Map(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, checkerOf(root, property)]));
  const additional = schema.additionalProperties;
  const other: Checker | undefined = typeof additional === 'object' ? checkerOf(root, additional) : undefined;
  const known = [...properties.keys()].join(', ');
  return [
    (walk, value) => {
      for (const name of required) {
        if (!(name in value)) {
          report(walk, localized('schema.missing', name));
        }
      }
      for (const name of Object.keys(value)) {
        const property = properties.get(name) ?? other;
        if (property) {
          member(property, walk, value[name], name);
        } else if (additional === false) {
          report(walk, localized('schema.unknownProperty', excerptOf(name), known), name);
        }
      }
    },
  ];
}

// Lengths count characters (code points), not UTF-16 units. A string has at least half as many
// characters as units and at most as many: counting them takes a pass, needed only near the bound.

function shorterThan(value: string, characters: number): boolean {
  if (value.length < characters) {
    return true;
  }
  return Math.ceil(value.length / 2) < characters && codePoints(value) < characters;
}

function longerThan(value: string, characters: number): boolean {
  if (value.length <= characters) {
    return false;
  }
  return Math.ceil(value.length / 2) > characters || codePoints(value) > characters;
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

function resolve(root: JsonSchema, ref: string): JsonSchema {
  const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1];
  const target = name === undefined || !Object.hasOwn(root.definitions ?? {}, name) ? undefined : root.definitions?.[name];
  if (!target) {
    // A broken reference is a bug in the shipped schema, not in the user's file.
    throw new Error(`schema reference ${ref} does not name a definition`);
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
