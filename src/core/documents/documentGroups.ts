import { DocumentFacts } from '../parse/parseDocument';
import { documentType } from '../parse/documentType';
import { AttributeFacts, documentAttributes } from './documentAttributes';

/** A document as grouping sees it: its id and the facts of its document.yaml. */
export interface GroupedDocument {
  readonly id: string;
  readonly facts: AttributeFacts;
}

/**
 * The facts of a document.yaml as grouping sees them: the type, when the file does not state it,
 * from the title and issuers as parsing would find it (the law's text is not read).
 */
export function recordFacts(facts: DocumentFacts): AttributeFacts {
  const type = facts.type ?? documentType(facts.title?.zh ?? '', facts.issuers?.zh ?? []);
  return type === undefined ? facts : { ...facts, type };
}

/** The documents that share a value of the attribute; `value` absent: those without it. */
export interface DocumentGroup {
  readonly value?: string;
  /** In the order given. */
  readonly documents: readonly string[];
}

/**
 * The documents grouped by one attribute (year, type, status, issuer or one the user set), from
 * their facts alone, so that no text is parsed. Groups come in the order of their values (numbers
 * by value, so 2009 before 2021; other values as the language's collation has them), then the
 * group without the attribute. A document with several values (two issuers) is in the group of
 * the first, so that a tree lists it once.
 */
export function groupDocuments(documents: readonly GroupedDocument[], attribute: string): DocumentGroup[] {
  const groups = new Map<string | undefined, string[]>();
  for (const document of documents) {
    const value = documentAttributes(document.facts).get(attribute)?.[0];
    const members = groups.get(value) ?? [];
    members.push(document.id);
    groups.set(value, members);
  }
  const collator = new Intl.Collator(['zh', 'en'], { numeric: true });
  const values = [...groups.keys()].filter((value): value is string => value !== undefined).sort(collator.compare);
  const withValue = values.map((value) => ({ value, documents: groups.get(value) ?? [] }));
  const without = groups.get(undefined);
  return without ? [...withValue, { documents: without }] : withValue;
}
