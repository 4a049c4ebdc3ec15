import { PolicyDocument } from '../model';

/** The document facts `--where key=value` may name. */
export const FILTER_KEYS = ['year', 'type', 'status', 'issuer', 'id'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface DocumentCondition {
  readonly key: FilterKey;
  readonly value: string;
}

/** `year=2018` → a condition; undefined when the key is not one documents have. */
export function parseCondition(written: string): DocumentCondition | undefined {
  const equals = written.indexOf('=');
  const key = written.slice(0, equals).trim();
  return equals > 0 && (FILTER_KEYS as readonly string[]).includes(key) ? { key: key as FilterKey, value: written.slice(equals + 1).trim() } : undefined;
}

/** Whether the document meets every condition (the issuer condition: any of its issuers). */
export function meets(document: PolicyDocument, conditions: readonly DocumentCondition[]): boolean {
  return conditions.every(({ key, value }) => {
    switch (key) {
      case 'year':
        return document.date.slice(0, 4) === value;
      case 'type':
        return document.type === value;
      case 'status':
        return document.status === value;
      case 'issuer':
        return document.issuers.zh.includes(value) || document.issuers.en.includes(value);
      case 'id':
        return document.id === value;
    }
  });
}
