import { documentAttributes } from '../documents/documentAttributes';
import { PolicyDocument } from '../model';

/** The document facts `--where key=value` may name besides the user's own attributes. */
export const FILTER_KEYS = ['year', 'type', 'status', 'issuer', 'id'] as const;

// An attribute's name as the user may give one (documentAttributes.ts): letters, digits, dashes and underscores.
const KEY = /^[\p{L}\p{N}_-]+$/u;

export interface DocumentCondition {
  readonly key: string;
  readonly value: string;
}

/** `year=2018`, `level=national` → a condition; undefined when what is left of = cannot name an attribute. */
export function parseCondition(written: string): DocumentCondition | undefined {
  const equals = written.indexOf('=');
  const key = written.slice(0, equals).trim();
  return equals > 0 && KEY.test(key) ? { key, value: written.slice(equals + 1).trim() } : undefined;
}

/**
 * Whether the document meets every condition: its id, any of its issuers in either language, or
 * the value of an attribute (year, type, status, or one the user gave it).
 */
export function meets(document: PolicyDocument, conditions: readonly DocumentCondition[]): boolean {
  return conditions.every(({ key, value }) => {
    switch (key) {
      case 'id':
        return document.id === value;
      case 'issuer':
        return document.issuers.zh.includes(value) || document.issuers.en.includes(value);
      default:
        return documentAttributes(document).get(key)?.includes(value) ?? false;
    }
  });
}
