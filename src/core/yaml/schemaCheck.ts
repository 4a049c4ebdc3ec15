import { JsonSchema, SchemaViolation, validate } from './jsonSchema';
import { quoted } from '../lib/visibleText';
import { Problem, error } from './problem';
import { Locator } from './yamlLocate';
import { localized } from '../l10n/localized';
import { frozenInTests } from '../lib/frozenInTests';

export interface SchemaCheck {
  /** Located errors, in the order of the schema's checks. */
  readonly problems: readonly Problem[];
  /** False when the file as a whole cannot be understood (unknown version, a broken top level). */
  readonly readable: boolean;
  /** Indices of the items of the file's list that have errors; the other items can still be shown. */
  readonly invalidItems: ReadonlySet<number>;
}

/**
 * Checks a file's value against its schema. The version is checked first: a file from a newer
 * Policy Annotator may look nothing like version 1, so its other errors would only mislead.
 */
export function checkSchema(value: unknown, at: Locator, schema: JsonSchema, listKey: string, formatName: string): SchemaCheck {
  if (typeof value === 'object' && value !== null && 'version' in value && value.version !== 1) {
    const message = localized('problem.version', localized(formatName === 'notes' ? 'problem.format.notes' : 'problem.format.codebook'), quoted(value.version));
    return { problems: [error(message, at(['version']))], readable: false, invalidItems: new Set() };
  }
  const problems: Problem[] = [];
  const invalidItems = new Set<number>();
  let readable = true;
  for (const violation of violations(schema, value, listKey)) {
    problems.push(error(violation.message, at(violation.path)));
    if (violation.path[0] === listKey && typeof violation.path[1] === 'number') {
      invalidItems.add(violation.path[1]);
    } else {
      readable = false;
    }
  }
  return { problems, readable, invalidItems };
}

/** Items found valid, by the schema they were checked against: items are never changed once read or made. */
const validItems = new WeakMap<JsonSchema, WeakSet<object>>();

/**
 * What validate says, checking only the items of the list that were not found valid before: a save
 * of one edit in a file of 10,000 annotations checks one annotation. When the rest of the file has
 * violations, the whole value is validated, so that they come in the schema's order.
 */
function violations(schema: JsonSchema, value: unknown, listKey: string): SchemaViolation[] {
  const listSchema = schema.properties?.[listKey];
  const itemSchema = listSchema?.items;
  const list: unknown = typeof value === 'object' && value !== null && listKey in value ? (value as Record<string, unknown>)[listKey] : undefined;
  if (!Array.isArray(list) || !listSchema || !itemSchema || Object.keys(listSchema).some((keyword) => !['type', 'items', 'description'].includes(keyword))) {
    return validate(schema, value);
  }
  const rest = validate(schema, { ...(value as Record<string, unknown>), [listKey]: [] });
  if (rest.length > 0) {
    return validate(schema, value);
  }
  let valid = validItems.get(schema);
  if (!valid) {
    valid = new WeakSet();
    validItems.set(schema, valid);
  }
  const found: SchemaViolation[] = [];
  list.forEach((item: unknown, index) => {
    const isObject = typeof item === 'object' && item !== null;
    if (isObject && valid.has(item)) {
      return;
    }
    const itemViolations = validate(schema, item, itemSchema, [listKey, index]);
    if (itemViolations.length === 0 && isObject) {
      valid.add(frozenInTests(item));
    }
    found.push(...itemViolations);
  });
  return found;
}
