import { PolicyDocument } from '../model';

/** What versions are ordered by: a parsed document, or a summary of one (the Provisions view's first level). */
export type VersionFacts = Pick<PolicyDocument, 'id' | 'revises' | 'date' | 'dates'>;

/**
 * The versions of each document, linked by `revises` (the 2022 text revises the 2018 one):
 * one family per document and its revisions, newest first, families in the order of their
 * documents in the library. A document that revises none and is revised by none is a family of
 * one. Links to documents the library lacks, and links that would make a cycle, are ignored.
 */
export function versionFamilies<T extends VersionFacts>(documents: readonly T[]): T[][] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const root = (document: T): T => {
    const seen = new Set<string>([document.id]);
    let current = document;
    for (let older = previousVersion(current, byId); older && !seen.has(older.id); older = previousVersion(current, byId)) {
      seen.add(older.id);
      current = older;
    }
    return current;
  };
  const families = new Map<string, T[]>();
  for (const document of documents) {
    const key = root(document).id;
    families.set(key, [...(families.get(key) ?? []), document]);
  }
  return [...families.values()].map((family) => orderNewestFirst(family, byId));
}

/** The document `document` revises, if the library has it. */
export function previousVersion<T extends VersionFacts>(document: T, byId: ReadonlyMap<string, T>): T | undefined {
  const older = document.revises === undefined ? undefined : byId.get(document.revises);
  return older && older.id !== document.id ? older : undefined;
}

/**
 * The date a version speaks for: its latest amendment, else its date of issue (a law keeps its 1988
 * date through revisions). A citing text is read as of this date too.
 */
export function versionDate(document: Pick<VersionFacts, 'date' | 'dates'>): string {
  return [document.date, ...(document.dates?.amended ?? [])].reduce((latest, date) => (date > latest ? date : latest), '');
}

/** Each version after the one it revises; where two revise the same one (or none), the later date first, then the id. */
function orderNewestFirst<T extends VersionFacts>(family: readonly T[], byId: ReadonlyMap<string, T>): T[] {
  const depth = new Map<string, number>();
  const depthOf = (document: T, seen: Set<string> = new Set()): number => {
    const known = depth.get(document.id);
    if (known !== undefined) {
      return known;
    }
    const older = previousVersion(document, byId);
    seen.add(document.id);
    const value = older && !seen.has(older.id) ? depthOf(older, seen) + 1 : 0;
    depth.set(document.id, value);
    return value;
  };
  return [...family].sort((a, b) => depthOf(b) - depthOf(a) || (versionDate(a) < versionDate(b) ? 1 : versionDate(a) > versionDate(b) ? -1 : 0) || (a.id < b.id ? -1 : 1));
}
