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

/** Every way `value` breaks `schema` (a definition of `root`, or `root` itself). */
export function validate(root: JsonSchema, value: unknown, schema: JsonSchema = root): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  check(root, schema, value, [], violations);
  return violations;
}

function check(root: JsonSchema, schema: JsonSchema, value: unknown, path: ValuePath, out: SchemaViolation[]): void {
  const report = (message: string, at: ValuePath = path): void => {
    out.push({ path: at, message: at.length > 0 ? `${formatPath(at)}: ${message}` : message });
  };
  if (schema.$ref !== undefined) {
    // Draft-07 ignores the keywords beside a $ref.
    check(root, resolve(root, schema.$ref), value, path, out);
    return;
  }
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => hasType(value, type))) {
      // The other keywords describe a value of the right type; checking them would only add noise.
      report(`must be ${types.map(article).join(' or ')}, not ${describe(value)}`);
      return;
    }
  }
  if ('const' in schema && !sameJson(value, schema.const)) {
    report(`must be ${JSON.stringify(schema.const)}, not ${describe(value)}`);
  }
  if (schema.enum && !schema.enum.some((option) => sameJson(value, option))) {
    report(`must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}, not ${describe(value)}`);
  }
  if (typeof value === 'string') {
    checkString(schema, value, report);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    report(`must be at least ${schema.minimum}`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => schema.items && check(root, schema.items, item, [...path, index], out));
    if (schema.uniqueItems) {
      value.forEach((item, index) => {
        if (value.findIndex((other) => sameJson(other, item)) < index) {
          report(`${JSON.stringify(item)} is listed twice`, [...path, index]);
        }
      });
    }
  }
  if (isObject(value)) {
    checkObject(root, schema, value, path, out, report);
  }
}

function checkString(schema: JsonSchema, value: string, report: (message: string) => void): void {
  const length = Array.from(value).length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    report(schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`);
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    report(`must have at most ${schema.maxLength} characters`);
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    report(`${JSON.stringify(value)} is not ${schema.title ?? `a match for ${schema.pattern}`}`);
  }
}

function checkObject(
  root: JsonSchema,
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: ValuePath,
  out: SchemaViolation[],
  report: (message: string, at?: ValuePath) => void,
): void {
  for (const name of schema.required ?? []) {
    if (!(name in value)) {
      report(`missing "${name}"`);
    }
  }
  for (const [name, member] of Object.entries(value)) {
    const memberSchema = schema.properties?.[name];
    if (memberSchema) {
      check(root, memberSchema, member, [...path, name], out);
    } else if (schema.additionalProperties === false) {
      const known = Object.keys(schema.properties ?? {}).join(', ');
      report(`unknown property "${name}" (expected ${known})`, [...path, name]);
    } else if (typeof schema.additionalProperties === 'object') {
      check(root, schema.additionalProperties, member, [...path, name], out);
    }
  }
}

function resolve(root: JsonSchema, ref: string): JsonSchema {
  const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.definitions?.[name];
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
  switch (type) {
    case 'object':
      return 'a mapping (key: value)';
    case 'array':
      return 'a list';
    case 'null':
      return 'empty';
    default:
      return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) {
    return 'empty';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (isObject(value)) {
    return 'a mapping';
  }
  return `${typeof value === 'number' ? 'the number' : typeof value === 'string' ? 'the text' : ''} ${JSON.stringify(value)}`.trim();
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

/** `annotations[2].span.start`, for messages. */
function formatPath(path: ValuePath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}
