import { JsonSchema, validate } from '../../lib/jsonSchema';
import { Problem, error } from '../model/problem';
import { Locator } from './yamlLocate';
import { localized } from '../../l10n/localized';

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
    const message = localized('problem.version', localized(formatName === 'notes' ? 'problem.format.notes' : 'problem.format.codebook'), JSON.stringify(value.version));
    return { problems: [error(message, at(['version']))], readable: false, invalidItems: new Set() };
  }
  const problems: Problem[] = [];
  const invalidItems = new Set<number>();
  let readable = true;
  for (const violation of validate(schema, value)) {
    problems.push(error(violation.message, at(violation.path)));
    if (violation.path[0] === listKey && typeof violation.path[1] === 'number') {
      invalidItems.add(violation.path[1]);
    } else {
      readable = false;
    }
  }
  return { problems, readable, invalidItems };
}
